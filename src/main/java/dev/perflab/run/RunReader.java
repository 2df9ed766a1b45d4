package dev.perflab.run;

import dev.perflab.store.EventRow;
import dev.perflab.store.RunRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds the {@link Run} view from a stored row and the run's environment and result events. */
final class RunReader {

    static final List<String> VIEW_EVENT_TYPES = List.of("environment", "result");

    private final JsonMapper json;

    RunReader(JsonMapper json) {
        this.json = json;
    }

    Run read(RunRow row, List<EventRow> events) {
        JsonNode environment = null;
        List<Run.RunResult> results = new ArrayList<>();
        for (EventRow event : events) {
            JsonNode data = json.readTree(event.dataJson());
            switch (event.type()) {
                case "environment" -> environment = data;
                case "result" -> results.add(result(data));
                default -> {}
            }
        }
        return new Run(
                row.id(),
                row.experiment(),
                params(row),
                json.readValue(row.optionsJson(), RunOptions.class),
                RunStatus.valueOf(row.status()),
                row.createdAt(),
                row.startedAt(),
                row.finishedAt(),
                environment,
                json.readValue(row.planJson(), RunPlan.class),
                results,
                row.error(),
                row.labVersion());
    }

    RunSummary summary(RunRow row) {
        return new RunSummary(
                row.id(),
                row.experiment(),
                params(row),
                json.readValue(row.optionsJson(), RunOptions.class),
                json.readValue(row.planJson(), RunPlan.class),
                RunStatus.valueOf(row.status()),
                row.createdAt(),
                row.startedAt(),
                row.finishedAt(),
                row.labVersion());
    }

    /** The measurement iteration in an {@code iteration} event, or null for a warm-up one. */
    Run.Measurement measurement(EventRow event) {
        JsonNode data = json.readTree(event.dataJson());
        if (!"measurement".equals(data.path("phase").asString())) {
            return null;
        }
        return new Run.Measurement(
                data.path("benchmark").asString(),
                json.convertValue(data.get("params"), new TypeReference<LinkedHashMap<String, String>>() {}),
                data.path("fork").asInt(),
                data.path("iteration").asInt(),
                data.path("score").asDouble(),
                secondaryScores(data.path("secondary")));
    }

    private static Map<String, Double> secondaryScores(JsonNode secondary) {
        Map<String, Double> scores = new LinkedHashMap<>();
        secondary
                .properties()
                .forEach(entry -> scores.put(
                        entry.getKey(), entry.getValue().path("score").asDouble()));
        return scores;
    }

    private LinkedHashMap<String, List<String>> params(RunRow row) {
        return json.readValue(row.paramsJson(), new TypeReference<LinkedHashMap<String, List<String>>>() {});
    }

    private Run.RunResult result(JsonNode data) {
        return new Run.RunResult(
                data.path("benchmark").asString(null),
                data.path("mode").asString(null),
                data.has("threads") ? data.get("threads").asInt() : null,
                json.convertValue(data.get("params"), new TypeReference<LinkedHashMap<String, String>>() {}),
                data.get("score").asDouble(),
                nullableDouble(data.get("scoreError")),
                json.convertValue(data.get("scoreConfidence"), new TypeReference<List<Double>>() {}),
                data.get("scoreUnit").asString(),
                data.path("samples").asLong(),
                data.get("secondary"));
    }

    private static Double nullableDouble(JsonNode node) {
        return node == null || node.isNull() ? null : node.asDouble();
    }
}
