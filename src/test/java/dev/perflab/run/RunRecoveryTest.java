package dev.perflab.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.store.EventRow;
import dev.perflab.store.RunRow;
import dev.perflab.store.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class RunRecoveryTest {

    @Test
    void marksRunsTheLastServerLeftRunningAsInterruptedKeepingTheirEvents(@TempDir Path dir) {
        var store = TestDatabase.open(dir);
        store.insert(row("running")).block();
        store.markStarted("running", Instant.now()).block();
        store.append(new EventRow("running", 1, "queued", Instant.now(), "{\"position\":1}"))
                .block();
        store.append(new EventRow("running", 2, "iteration", Instant.now(), "{\"score\":1.5}"))
                .block();
        store.insert(row("done")).block();
        store.markEnded("done", "SUCCEEDED", Instant.now(), null).block();

        new RunRecovery(store, JsonMapper.builder().build(), Clock.systemUTC()).afterSingletonsInstantiated();

        assertThat(store.find("running").block().status()).isEqualTo("INTERRUPTED");
        assertThat(store.find("running").block().error()).contains("server stopped");
        assertThat(store.events("running", 0).map(EventRow::type).collectList().block())
                .containsExactly("queued", "iteration", "failed");
        assertThat(store.find("done").block().status()).isEqualTo("SUCCEEDED");
    }

    private static RunRow row(String id) {
        return new RunRow(id, "ch09.x", "{}", "{}", "{}", null, "QUEUED", Instant.now(), null, null, null, "dev");
    }
}
