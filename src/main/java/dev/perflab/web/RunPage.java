package dev.perflab.web;

import dev.perflab.catalog.Catalog;
import dev.perflab.catalog.ExperimentDefinition;
import dev.perflab.catalog.ParamDefinition;
import dev.perflab.run.Run;
import dev.perflab.run.RunService;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
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

    /** The run's settings as the experiment page's query: "edit settings" is a link to its form. */
    static String editQuery(Run run, ExperimentDefinition experiment) {
        var query = new StringBuilder();
        RunForm.editFieldsOf(run, experiment)
                .forEach((name, values) -> values.forEach(value -> query.append(query.isEmpty() ? '?' : '&')
                        .append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                        .append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))));
        return query.toString();
    }

    /** Open Graph text: a pasted link previews the experiment and its headline result. */
    static Map<String, String> openGraph(Run run, String title, String url) {
        String headline = run.results().stream()
                .min(Comparator.comparingDouble(
                        r -> r.unit() != null && r.unit().startsWith("ops/") ? -r.score() : r.score()))
                .map(best -> "best: "
                        + String.join(
                                ", ",
                                best.params().entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .toList())
                        + " at " + String.format("%.4g %s", best.score(), best.unit())
                        + (best.scoreError() == null ? "" : String.format(" ± %.2g", best.scoreError()))
                        + " (" + run.results().size() + " points measured)")
                .orElse("no results yet");
        return Map.of(
                "title", "Run " + run.id() + " · " + title,
                "description", run.status().name().toLowerCase() + ": " + headline,
                "url", url);
    }

    /**
     * The flags a param's chosen values added to their own forks (a compiler tier), one entry per
     * value: "tier = interpreter: -Xint". The environment lists only the flags all forks shared.
     */
    static java.util.List<String> choiceFlags(
            ExperimentDefinition experiment, Map<String, java.util.List<String>> params) {
        return experiment.params().stream()
                .filter(param -> !param.choiceJvmArgs().isEmpty())
                .flatMap(param -> params.getOrDefault(param.name(), java.util.List.of()).stream()
                        .map(value -> param.name() + " = " + value + ": "
                                + String.join(
                                        " ", param.choiceJvmArgs().getOrDefault(value, java.util.List.of("none")))))
                .toList();
    }

    @GetMapping("/runs/{id}")
    Mono<String> show(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return runs.find(id)
                .switchIfEmpty(
                        Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no run " + id)))
                .map(run -> {
                    var experiment = catalog.find(run.experiment());
                    model.addAttribute("run", run);
                    model.addAttribute(
                            "og",
                            openGraph(
                                    run,
                                    experiment.map(ExperimentDefinition::title).orElse(run.experiment()),
                                    exchange.getRequest().getURI().toString()));
                    model.addAttribute("experiment", experiment.orElse(null));
                    model.addAttribute(
                            "choiceFlags",
                            experiment
                                    .map(definition -> choiceFlags(definition, run.params()))
                                    .orElse(java.util.List.of()));
                    model.addAttribute(
                            "definitionJson",
                            experiment
                                    .map(ExperimentApi.ExperimentView::of)
                                    .map(json::writeValueAsString)
                                    .map(text -> text.replace("</", "<\\/"))
                                    .orElse("null"));
                    model.addAttribute("paramNames", run.params().keySet());
                    // The same column heads as the page's script writes once results stream in.
                    model.addAttribute(
                            "paramLabels",
                            experiment
                                    .map(definition -> definition.params().stream()
                                            .filter(param -> param.label() != null)
                                            .collect(Collectors.toMap(ParamDefinition::name, ParamDefinition::label)))
                                    .orElse(Map.of()));
                    model.addAttribute(
                            "editQuery",
                            experiment
                                    .map(definition -> editQuery(run, definition))
                                    .orElse(""));
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
