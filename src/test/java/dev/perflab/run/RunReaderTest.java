package dev.perflab.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.store.EventRow;
import dev.perflab.store.RunRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Reads the golden event fixture the frontend tests also read, as the server stores it. */
class RunReaderTest {

    static final Path FIXTURE = Path.of("../frontend/test/fixtures/pi-smoke.events.ndjson");

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsResultsAndEnvironmentBackFromTheEvents() throws IOException {
        var run = new RunReader(json).read(row(), fixtureEvents());

        assertThat(run.results()).hasSize(4);
        assertThat(run.results()).extracting(r -> r.params().get("workers")).containsExactly("1", "2", "1", "2");
        assertThat(run.results()).allSatisfy(result -> {
            assertThat(result.unit()).isEqualTo("ms/op");
            assertThat(result.score()).isPositive();
        });
        assertThat(run.environment().get("cores").asInt()).isPositive();
        assertThat(run.plan().totalIterations()).isEqualTo(12);
    }

    @Test
    void fixtureHoldsEveryEventTypeTheRunPageDraws() throws IOException {
        assertThat(fixtureEvents())
                .extracting(EventRow::type)
                .contains("queued", "started", "environment", "fork", "iteration", "result", "log", "finished");
        assertThat(fixtureEvents()).extracting(EventRow::seq).isSorted().doesNotHaveDuplicates();
    }

    private List<EventRow> fixtureEvents() throws IOException {
        return Files.readAllLines(FIXTURE).stream()
                .map(json::readTree)
                .map(event -> new EventRow(
                        "r1",
                        event.get("id").asLong(),
                        event.get("type").asString(),
                        Instant.parse(event.get("at").asString()),
                        json.writeValueAsString(event.get("data"))))
                .toList();
    }

    private RunRow row() {
        String plan = "{\"points\":4,\"forks\":1,\"warmupIterations\":1,\"measurementIterations\":2,"
                + "\"iterationMillis\":100,\"predictedMillis\":4000}";
        String options = "{\"profile\":\"smoke\",\"forks\":1,\"warmupIterations\":1,\"measurementIterations\":2,"
                + "\"iterationMillis\":100,\"jvmOptions\":[],\"profiler\":\"none\"}";
        return new RunRow(
                "r1",
                "ch09.pi-monte-carlo",
                "{\"workers\":[\"1\",\"2\"]}",
                options,
                plan,
                null,
                "SUCCEEDED",
                Instant.now(),
                Instant.now(),
                Instant.now(),
                null,
                "dev");
    }
}
