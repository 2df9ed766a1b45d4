package dev.perflab.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/** What the lab needs of its run store, on every database it runs on. */
abstract class RunStoreContract extends DatabaseContract {

    private static final Instant CREATED = Instant.parse("2026-11-25T06:00:00.123456Z");

    @Test
    void storesARunAndItsLifecycle() {
        var store = database.store();
        store.insert(run("r1")).block();
        store.markStarted("r1", CREATED.plusSeconds(1)).block();
        store.markEnded("r1", "FAILED", CREATED.plusSeconds(5), "the benchmark JVM exited with status 1")
                .block();

        var row = store.find("r1").block();
        assertThat(row.status()).isEqualTo("FAILED");
        assertThat(row.createdAt()).isEqualTo(CREATED);
        assertThat(row.startedAt()).isEqualTo(CREATED.plusSeconds(1));
        assertThat(row.error()).contains("status 1");
        assertThat(row.paramsJson()).isEqualTo("{\"workers\":[\"1\",\"2\"]}");
    }

    @Test
    void returnsEventsInOrderAfterAGivenId() {
        var store = database.store();
        store.insert(run("r1")).block();
        for (long seq = 1; seq <= 5; seq++) {
            store.append(new EventRow("r1", seq, seq == 5 ? "finished" : "iteration", CREATED, "{\"n\":" + seq + "}"))
                    .block();
        }
        assertThat(store.events("r1", 0).map(EventRow::seq).collectList().block())
                .containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(store.events("r1", 3).map(EventRow::dataJson).collectList().block())
                .containsExactly("{\"n\":4}", "{\"n\":5}");
        assertThat(store.eventsOfTypes("r1", List.of("finished")).count().block())
                .isEqualTo(1);
        assertThat(store.lastSeq("r1").block()).isEqualTo(5);
        assertThat(store.lastSeq("nobody").block()).isZero();
    }

    @Test
    void storesABatchOfEventsInOneStatementAndInOrder() {
        var store = database.store();
        store.insert(run("r1")).block();
        store.append(new EventRow("r1", 1, "queued", CREATED, "{\"position\":1}"))
                .block();
        store.append(List.of(
                        new EventRow("r1", 2, "log", CREATED, "{\"line\":\"a\"}"),
                        new EventRow("r1", 3, "log", CREATED.plusMillis(1), "{\"line\":\"b\"}"),
                        new EventRow("r1", 4, "iteration", CREATED.plusMillis(2), "{\"score\":1.5}")))
                .block();
        store.append(List.of()).block();

        assertThat(store.events("r1", 1).map(EventRow::dataJson).collectList().block())
                .containsExactly("{\"line\":\"a\"}", "{\"line\":\"b\"}", "{\"score\":1.5}");
        assertThat(store.events("r1", 3).single().block().at()).isEqualTo(CREATED.plusMillis(2));
    }

    @Test
    void keepsTextBeyondAsciiAndLargeEventsIntact() {
        var store = database.store();
        store.insert(run("r1")).block();
        // JMH's units and the lab's verdicts are not ASCII; the schema lets an event run to a million
        // characters, far beyond what PostgreSQL keeps inline in a row.
        String data =
                "{\"scoreUnit\":\"µs/op\",\"verdict\":\"4.5× slower — π\",\"log\":\"" + "x".repeat(300_000) + "\"}";
        store.append(new EventRow("r1", 1, "log", CREATED, data)).block();

        assertThat(store.events("r1", 0).single().block().dataJson()).isEqualTo(data);
    }

    @Test
    void keepsRunsAndEventsAcrossARestart() {
        var first = database.store();
        first.insert(run("r1")).block();
        first.append(new EventRow("r1", 1, "queued", CREATED, "{\"position\":1}"))
                .block();

        var second = database.storeAfterRestart();
        assertThat(second.find("r1").block()).isNotNull();
        assertThat(second.events("r1", 0).count().block()).isEqualTo(1);
    }

    @Test
    void findsUnendedRunsOldestFirst() {
        var store = database.store();
        store.insert(run("old")).block();
        store.insert(new RunRow(
                        "new",
                        "ch09.x",
                        "{}",
                        "{}",
                        "{}",
                        null,
                        "QUEUED",
                        CREATED.plusSeconds(9),
                        null,
                        null,
                        null,
                        "dev"))
                .block();
        store.markEnded("old", "SUCCEEDED", CREATED, null).block();
        assertThat(store.findByStatus(List.of("QUEUED", "RUNNING"))
                        .map(RunRow::id)
                        .collectList()
                        .block())
                .containsExactly("new");
        assertThat(database.search()
                        .page(null, null, 0, 10)
                        .map(RunRow::id)
                        .collectList()
                        .block())
                .containsExactly("new", "old");
    }

    /**
     * A caller that leaves while its statement waits for a pooled connection (a browser closed
     * mid-request) leaves a statement that still runs once a connection is free, and then gives the
     * connection back: the pool never loses one to a cancel.
     */
    @Test
    void aStatementWhoseCallerLeavesStillRunsAndGivesBackItsConnection() {
        var pool = database.pool(1);
        try {
            var store = new RunStore(DatabaseClient.create(pool));
            store.insert(run("r1")).block();
            Connection only = Mono.from(pool.create()).block();
            Disposable caller = store.append(new EventRow("r1", 1, "log", CREATED, "{\"line\":\"kept\"}"))
                    .subscribe();
            caller.dispose();
            Mono.from(only.close()).block();

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (store.lastSeq("r1").block(Duration.ofSeconds(20)) == 0 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
            assertThat(store.lastSeq("r1").block(Duration.ofSeconds(20)))
                    .as("the statement its caller left")
                    .isEqualTo(1);
            while (pool.getMetrics().orElseThrow().acquiredSize() > 0 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
            assertThat(pool.getMetrics().orElseThrow().acquiredSize()).isZero();
        } finally {
            pool.dispose();
        }
    }

    private static RunRow run(String id) {
        return new RunRow(
                id,
                "ch09.x",
                "{\"workers\":[\"1\",\"2\"]}",
                "{}",
                "{}",
                null,
                "QUEUED",
                CREATED.truncatedTo(ChronoUnit.MICROS),
                null,
                null,
                null,
                "dev");
    }
}
