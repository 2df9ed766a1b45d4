package dev.perflab.web;

import dev.perflab.store.EventRow;
import dev.perflab.store.RunRow;
import dev.perflab.store.RunStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Puts finished runs into a lab's store from the golden event fixture, without forking anything. */
final class StoredRuns {

    static final Path FIXTURE = Path.of("../frontend/test/fixtures/pi-smoke.events.ndjson");
    /** The same grid run with the jfr profiler: its events include one profile per point. */
    static final Path PROFILED_FIXTURE = Path.of("../frontend/test/fixtures/pi-jfr.events.ndjson");

    static final String EXPERIMENT = "ch09.pi-monte-carlo";

    private final RunStore store;
    private final JsonMapper json = JsonMapper.builder().build();

    StoredRuns(RunStore store) {
        this.store = store;
    }

    /**
     * A succeeded run of the fixture's events with every score multiplied by {@code scale} and the
     * environment's core count set to {@code cores}. Returns its id.
     */
    String add(double scale, int cores) {
        return add(FIXTURE, scale, cores);
    }

    String add(Path fixture, double scale, int cores) {
        String profiler = fixture.equals(PROFILED_FIXTURE) ? "jfr" : "none";
        String id = "t" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        var now = Instant.now();
        store.insert(new RunRow(
                        id,
                        EXPERIMENT,
                        "{\"workers\":[\"1\",\"2\"],\"samples\":[\"1000000\"],"
                                + "\"variant\":[\"thread-local-random\",\"shared-random\"]}",
                        "{\"profile\":\"smoke\",\"forks\":1,\"warmupIterations\":1,\"measurementIterations\":2,"
                                + "\"iterationMillis\":100,\"jvmOptions\":[],\"profiler\":\"" + profiler + "\"}",
                        "{\"points\":4,\"forks\":1,\"warmupIterations\":1,\"measurementIterations\":2,"
                                + "\"iterationMillis\":100,\"predictedMillis\":4000}",
                        null,
                        "QUEUED",
                        now,
                        null,
                        null,
                        null,
                        "test"))
                .block();
        for (JsonNode event : events(fixture)) {
            ObjectNode data = (ObjectNode) event.get("data");
            if (data.has("score")) {
                data.put("score", data.get("score").asDouble() * scale);
            }
            if (data.has("cores")) {
                data.put("cores", cores);
            }
            store.append(new EventRow(
                            id,
                            event.get("id").asLong(),
                            event.get("type").asString(),
                            Instant.parse(event.get("at").asString()),
                            json.writeValueAsString(data)))
                    .block();
        }
        store.markStarted(id, now).block();
        store.markEnded(id, "SUCCEEDED", now.plusSeconds(4), null).block();
        return id;
    }

    int eventCount() {
        return events(FIXTURE).size();
    }

    List<JsonNode> events(Path fixture) {
        try {
            return Files.readAllLines(fixture).stream().map(json::readTree).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
