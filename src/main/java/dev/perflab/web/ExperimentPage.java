package dev.perflab.web;

import dev.perflab.catalog.Catalog;
import dev.perflab.catalog.ExperimentDefinition;
import dev.perflab.run.FieldError;
import dev.perflab.run.QueueFullException;
import dev.perflab.run.RunRejectedException;
import dev.perflab.run.RunService;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@Controller
class ExperimentPage {

    private final Catalog catalog;
    private final RunService runs;

    ExperimentPage(Catalog catalog, RunService runs) {
        this.catalog = catalog;
        this.runs = runs;
    }

    @GetMapping("/experiments/{id}")
    String show(@PathVariable String id, ServerWebExchange exchange, Model model) {
        var experiment = experiment(id);
        return render(experiment, RunForm.from(experiment, exchange.getRequest().getQueryParams()), model);
    }

    /** Starts a run from the form; on bad input shows the form again with each error by its field. */
    @PostMapping(path = "/experiments/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<String> run(@PathVariable String id, ServerWebExchange exchange, Model model) {
        var experiment = experiment(id);
        return exchange.getFormData().flatMap(fields -> {
            var form = RunForm.from(experiment, fields);
            return runs.create(form.toRequest(experiment.id()))
                    .map(run -> "redirect:/runs/" + run.id())
                    .onErrorResume(
                            RunRejectedException.class, e -> rejected(exchange, experiment, form, e.errors(), model))
                    .onErrorResume(
                            QueueFullException.class,
                            e -> rejected(
                                    exchange,
                                    experiment,
                                    form,
                                    List.of(new FieldError("queue", e.getMessage())),
                                    model));
        });
    }

    private Mono<String> rejected(
            ServerWebExchange exchange,
            ExperimentDefinition experiment,
            RunForm form,
            List<FieldError> errors,
            Model model) {
        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        return Mono.just(render(experiment, form.withErrors(errors), model));
    }

    private String render(ExperimentDefinition experiment, RunForm form, Model model) {
        model.addAttribute("experiment", experiment);
        model.addAttribute("form", form);
        model.addAttribute("cores", Runtime.getRuntime().availableProcessors());
        return "experiment";
    }

    private ExperimentDefinition experiment(String id) {
        return catalog.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no experiment " + id));
    }
}
