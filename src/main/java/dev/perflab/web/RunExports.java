package dev.perflab.web;

import dev.perflab.run.Run;
import dev.perflab.run.RunArchive;
import dev.perflab.run.RunEvent;
import dev.perflab.run.RunService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run as files: the whole run (JSON), its results (CSV), JMH's own JSON format, and the sampled
 * stacks of a profiled run.
 */
@RestController
class RunExports {

    private final RunService runs;
    private final RunArchive archive;
    private final JsonMapper json;

    RunExports(RunService runs, RunArchive archive, JsonMapper json) {
        this.runs = runs;
        this.archive = archive;
        this.json = json;
    }

    /** The run resource plus every event it recorded, in order. */
    @GetMapping("/runs/{id}.json")
    Mono<ResponseEntity<String>> whole(@PathVariable String id) {
        return run(id).flatMap(run -> archive.recordedEvents(id).collectList().map(events -> {
            Map<String, Object> whole = new LinkedHashMap<>(json.convertValue(run, Map.class));
            whole.put("events", events.stream().map(this::eventJson).toList());
            return file(id + ".json", MediaType.APPLICATION_JSON, json.writeValueAsString(whole));
        }));
    }

    @GetMapping("/runs/{id}.csv")
    Mono<ResponseEntity<String>> csv(@PathVariable String id) {
        return run(id).map(run -> file(id + ".csv", new MediaType("text", "csv"), csvOf(run)));
    }

    @GetMapping("/runs/{id}/jmh.json")
    Mono<ResponseEntity<String>> jmh(@PathVariable String id) {
        return run(id).flatMap(run -> archive.measurements(id)
                .collectList()
                .map(measurements -> file(
                        id + "-jmh.json",
                        MediaType.APPLICATION_JSON,
                        json.writeValueAsString(JmhJson.of(run, measurements)))));
    }

    /** The sampled stacks of a profiled run, for flame graph tools. */
    @GetMapping("/runs/{id}/stacks.txt")
    Mono<ResponseEntity<String>> stacks(@PathVariable String id) {
        return run(id).flatMap(run -> archive.recordedEvents(id)
                .filter(event -> event.type().equals("profile"))
                .map(event -> json.readTree(event.data()))
                .collectList()
                .map(profiles -> {
                    if (profiles.isEmpty()) {
                        throw new ResponseStatusException(
                                HttpStatus.NOT_FOUND,
                                "Run " + id + " has no profile: run it again with the jfr profiler");
                    }
                    return file(
                            id + "-stacks.txt",
                            new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8),
                            CollapsedStacks.of(profiles));
                }));
    }

    /** One row per point: its params, the score with JMH's interval, then every secondary metric. */
    static String csvOf(Run run) {
        Set<String> params = new LinkedHashSet<>(run.params().keySet());
        Set<String> secondary = new LinkedHashSet<>();
        for (Run.RunResult result : run.results()) {
            params.addAll(result.params().keySet());
            if (result.secondary() != null) {
                result.secondary().propertyNames().forEach(secondary::add);
            }
        }
        List<String> header = new ArrayList<>(List.of("benchmark"));
        header.addAll(params);
        header.addAll(List.of("score", "scoreError", "scoreLow", "scoreHigh", "unit", "sampleCount"));
        secondary.forEach(name -> header.addAll(List.of(name, name + ":error", name + ":unit")));
        var csv = new StringBuilder(row(header));
        for (Run.RunResult result : run.results()) {
            List<String> cells = new ArrayList<>(List.of(text(result.benchmark())));
            params.forEach(name -> cells.add(text(result.params().get(name))));
            cells.addAll(List.of(
                    Double.toString(result.score()),
                    text(result.scoreError()),
                    result.scoreError() == null ? "" : Double.toString(result.score() - result.scoreError()),
                    result.scoreError() == null ? "" : Double.toString(result.score() + result.scoreError()),
                    text(result.unit()),
                    Long.toString(result.samples())));
            for (String name : secondary) {
                JsonNode metric =
                        result.secondary() == null ? null : result.secondary().get(name);
                cells.add(metric == null ? "" : metric.path("score").asString(""));
                cells.add(
                        metric == null || !metric.path("scoreError").isNumber()
                                ? ""
                                : metric.get("scoreError").asString());
                cells.add(metric == null ? "" : metric.path("scoreUnit").asString(""));
            }
            csv.append(row(cells));
        }
        return csv.toString();
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled; CRLF ends rows. */
    static String row(List<String> cells) {
        return String.join(",", cells.stream().map(RunExports::cell).toList()) + "\r\n";
    }

    private static String cell(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private Map<String, Object> eventJson(RunEvent event) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", event.id());
        out.put("type", event.type());
        out.put("at", event.at().toString());
        out.put("data", json.readTree(event.data()));
        return out;
    }

    private Mono<Run> run(String id) {
        return runs.find(id)
                .switchIfEmpty(
                        Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no run " + id)));
    }

    private static ResponseEntity<String> file(String name, MediaType type, String body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("perflab-" + name)
                                .build()
                                .toString())
                .body(body);
    }
}
