package dev.perflab.web;

import dev.perflab.catalog.Catalog;
import dev.perflab.run.RunService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The permanent page of a run: the same for whoever opens the link, during or after the run. */
@Controller
class RunPage {

    private final RunService runs;
    private final Catalog catalog;
    private final JsonMapper json;

    RunPage(RunService runs, Catalog catalog, JsonMapper json) {
        this.runs = runs;
        this.catalog = catalog;
        this.json = json;
    }

    /** The run's params as extra query parameters of the experiment page: "edit settings" is a link. */
    private static String paramsQuery(dev.perflab.run.Run run) {
        var query = new StringBuilder();
        run.params()
                .forEach((name, values) -> query.append('&')
                        .append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                        .append('=')
                        .append(java.net.URLEncoder.encode(
                                String.join(",", values), java.nio.charset.StandardCharsets.UTF_8)));
        return query.toString();
    }

    @GetMapping("/runs/{id}")
    Mono<String> show(@PathVariable String id, Model model) {
        return runs.find(id)
                .switchIfEmpty(
                        Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no run " + id)))
                .map(run -> {
                    var experiment = catalog.find(run.experiment());
                    model.addAttribute("run", run);
                    model.addAttribute("experiment", experiment.orElse(null));
                    model.addAttribute(
                            "definitionJson",
                            experiment
                                    .map(ExperimentApi.ExperimentView::of)
                                    .map(json::writeValueAsString)
                                    .map(text -> text.replace("</", "<\\/"))
                                    .orElse("null"));
                    model.addAttribute("paramNames", run.params().keySet());
                    model.addAttribute("paramsQuery", paramsQuery(run));
                    model.addAttribute(
                            "env",
                            run.environment() == null
                                    ? null
                                    : json.convertValue(run.environment(), java.util.Map.class));
                    model.addAttribute(
                            "jvmFlags",
                            run.environment() == null
                                    ? ""
                                    : String.join(
                                            " ",
                                            run.environment()
                                                    .path("jvmArgs")
                                                    .valueStream()
                                                    .map(arg -> arg.asString())
                                                    .toList()));
                    model.addAttribute(
                            "cores",
                            run.environment() != null && run.environment().has("cores")
                                    ? run.environment().get("cores").asInt()
                                    : Runtime.getRuntime().availableProcessors());
                    return "run";
                });
    }
}
