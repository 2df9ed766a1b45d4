package dev.perflab.web;

import dev.perflab.LabProperties;
import dev.perflab.catalog.Catalog;
import dev.perflab.catalog.ExperimentDefinition;
import dev.perflab.run.FieldError;
import dev.perflab.run.IterationOption;
import dev.perflab.run.QueueFullException;
import dev.perflab.run.RunPreview;
import dev.perflab.run.RunRejectedException;
import dev.perflab.run.RunService;
import java.util.List;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
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
    private final LabProperties lab;

    ExperimentPage(Catalog catalog, RunService runs, LabProperties lab) {
        this.catalog = catalog;
        this.runs = runs;
        this.lab = lab;
    }

    /** The form, filled from the query; its prediction and any identical finished run come with it. */
    @GetMapping("/experiments/{id}")
    Mono<String> show(@PathVariable String id, ServerWebExchange exchange, Model model) {
        var experiment = experiment(id);
        var form = RunForm.from(experiment, exchange.getRequest().getQueryParams());
        return render(experiment, form, model);
    }

    /** Starts a run from the form; on bad input shows the form again with each error by its field. */
    @PostMapping(path = "/experiments/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<String> run(@PathVariable String id, ServerWebExchange exchange, Model model) {
        var experiment = experiment(id);
        return exchange.getFormData()
                .flatMap(fields -> start(experiment, RunForm.from(experiment, fields), exchange, model))
                .onErrorResume(DataBufferLimitException.class, e -> tooLarge(exchange, experiment, model));
    }

    /** A form over the body limit was not read: the empty form again, saying why. */
    private Mono<String> tooLarge(ServerWebExchange exchange, ExperimentDefinition experiment, Model model) {
        exchange.getResponse().setStatusCode(HttpStatus.CONTENT_TOO_LARGE);
        var message = "The form was larger than the " + RequestBodies.limit(lab.maxRequestBody())
                + " the lab reads, so nothing was started.";
        var form = RunForm.from(experiment, new LinkedMultiValueMap<>())
                .withErrors(List.of(new FieldError("form", message)));
        return render(experiment, form, model);
    }

    /** "Run again": the same experiment, params and options as a stored run, as a new run. */
    @PostMapping("/runs/{id}/again")
    Mono<String> again(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return runs.find(id)
                .switchIfEmpty(
                        Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no run " + id)))
                .flatMap(run -> {
                    var experiment = experiment(run.experiment());
                    return start(experiment, RunForm.from(experiment, RunForm.fieldsOf(run)), exchange, model);
                });
    }

    private Mono<String> start(ExperimentDefinition experiment, RunForm form, ServerWebExchange exchange, Model model) {
        return runs.create(form.toRequest(experiment.id()), Clients.of(exchange))
                .map(run -> "redirect:/runs/" + run.id())
                .onErrorResume(RunRejectedException.class, e -> rejected(exchange, experiment, form, e.errors(), model))
                .onErrorResume(
                        QueueFullException.class,
                        e -> rejected(
                                exchange, experiment, form, List.of(new FieldError("queue", e.getMessage())), model));
    }

    private Mono<String> rejected(
            ServerWebExchange exchange,
            ExperimentDefinition experiment,
            RunForm form,
            List<FieldError> errors,
            Model model) {
        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        return render(experiment, form.withErrors(errors), model);
    }

    private Mono<String> render(ExperimentDefinition experiment, RunForm form, Model model) {
        model.addAttribute("experiment", experiment);
        model.addAttribute("cores", Runtime.getRuntime().availableProcessors());
        model.addAttribute("iterationOptions", IterationOption.values());
        return runs.preview(form.toRequest(experiment.id())).map(preview -> {
            // A link with bad values shows them marked at once, as a refused form does.
            var shown = form.errors().isEmpty() ? form.withErrors(preview.errors()) : form;
            model.addAttribute("form", shown);
            model.addAttribute("preview", preview);
            model.addAttribute("refusal", refusal(shown, preview));
            return "experiment";
        });
    }

    /** Why the lab would not start this run as a whole (over the time limit), if it would not. */
    private String refusal(RunForm form, RunPreview preview) {
        if (form.errors().containsKey("options")) {
            return "Refused: " + form.errors().get("options") + ".";
        }
        return preview.errors().stream()
                .filter(error -> error.field().equals("options"))
                .findFirst()
                .map(error -> "Refused: " + error.message() + ".")
                .orElse(null);
    }

    private ExperimentDefinition experiment(String id) {
        return catalog.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no experiment " + id));
    }
}
