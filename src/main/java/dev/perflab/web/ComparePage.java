package dev.perflab.web;

import dev.perflab.catalog.Catalog;
import dev.perflab.run.Run;
import dev.perflab.run.RunArchive;
import dev.perflab.run.RunComparison;
import dev.perflab.run.RunService;
import dev.perflab.run.RunStatus;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Runs side by side: one chart, ratios with their interval, significance, environment differences. */
@Controller
class ComparePage {

    static final int MAX_RUNS = 4;
    static final int CANDIDATES = 20;

    private final RunService runs;
    private final RunArchive archive;
    private final Catalog catalog;
    private final JsonMapper json;

    ComparePage(RunService runs, RunArchive archive, Catalog catalog, JsonMapper json) {
        this.runs = runs;
        this.archive = archive;
        this.catalog = catalog;
        this.json = json;
    }

    @GetMapping("/compare")
    Mono<String> compare(@RequestParam(defaultValue = "") String runs, ServerWebExchange exchange, Model model) {
        List<String> ids = Arrays.stream(runs.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .distinct()
                .toList();
        model.addAttribute("ids", ids);
        if (ids.isEmpty() || ids.size() > MAX_RUNS) {
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            model.addAttribute("problem", "Give 1 to " + MAX_RUNS + " run ids: /compare?runs=a,b");
            return Mono.just("compare");
        }
        return Flux.fromIterable(ids)
                .concatMap(id -> this.runs.find(id).map(List::of).defaultIfEmpty(List.of()))
                .collectList()
                .flatMap(found -> {
                    List<Run> present = found.stream().flatMap(List::stream).toList();
                    if (present.size() < ids.size()) {
                        var known = present.stream().map(Run::id).toList();
                        var missing =
                                ids.stream().filter(id -> !known.contains(id)).toList();
                        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                        model.addAttribute("problem", "There is no run " + String.join(", ", missing) + ".");
                        return Mono.just("compare");
                    }
                    return render(present, model);
                });
    }

    private Mono<String> render(List<Run> present, Model model) {
        Run first = present.getFirst();
        model.addAttribute("experiment", catalog.find(first.experiment()).orElse(null));
        return Flux.fromIterable(present)
                .concatMap(run -> archive.measurements(run.id()).collectList().map(m -> Map.entry(run.id(), m)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, LinkedHashMap::new)
                .zipWith(archive.history(first.experiment(), RunStatus.SUCCEEDED, 1, CANDIDATES))
                .map(loaded -> {
                    var comparison = RunComparison.of(present, loaded.getT1());
                    model.addAttribute("comparison", comparison);
                    model.addAttribute(
                            "comparisonJson",
                            json.writeValueAsString(chartData(comparison)).replace("</", "<\\/"));
                    model.addAttribute(
                            "candidates",
                            loaded.getT2().runs().stream()
                                    .filter(candidate -> present.stream().noneMatch(r -> r.id().equals(candidate.id())))
                                    .toList());
                    model.addAttribute(
                            "idsQuery",
                            String.join(",", present.stream().map(Run::id).toList()));
                    return "compare";
                });
    }

    /** What the compare chart needs: per point its label and, per run, score and error. */
    private static Map<String, Object> chartData(RunComparison comparison) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("runs", comparison.runs().stream().map(Run::id).toList());
        data.put(
                "points",
                comparison.points().stream()
                        .map(point -> Map.of(
                                "params", point.params(),
                                "unit", point.unit(),
                                "entries", point.entries()))
                        .toList());
        return data;
    }
}
