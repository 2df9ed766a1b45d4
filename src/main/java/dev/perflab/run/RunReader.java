package dev.perflab.run;

import dev.perflab.store.EventRow;
import dev.perflab.store.RunRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
                json.readValue(row.paramsJson(), new TypeReference<LinkedHashMap<String, List<String>>>() {}),
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

    private Run.RunResult result(JsonNode data) {
        return new Run.RunResult(
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
