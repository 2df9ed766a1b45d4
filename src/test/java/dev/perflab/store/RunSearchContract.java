package dev.perflab.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/** History pages, the catalog's newest runs and the form's same-settings offer, on every database. */
abstract class RunSearchContract extends DatabaseContract {

    private static final Instant T0 = Instant.parse("2026-11-25T06:00:00.123456Z");
    private static final String PI = "ch09.pi";
    private static final String PRIMES = "ch09.primes";
    private static final String PARAMS = "{\"workers\":[\"1\",\"2\"]}";
    private static final String OPTIONS = "{\"profile\":\"smoke\"}";

    private RunStore store;
    private RunSearch search;

    @BeforeEach
    void connect() {
        store = database.store();
        search = database.search();
    }

    @Test
    void pagesNewestFirstAndCountsWithinTheFilters() {
        for (int minute = 0; minute < 5; minute++) {
            add("pi" + minute, PI, minute % 2 == 0 ? "SUCCEEDED" : "FAILED", minute);
        }
        add("primes", PRIMES, "SUCCEEDED", 10);

        assertThat(ids(search.page(PI, null, 0, 2))).containsExactly("pi4", "pi3");
        assertThat(ids(search.page(PI, null, 2, 2))).containsExactly("pi2", "pi1");
        assertThat(ids(search.page(PI, null, 4, 2))).containsExactly("pi0");
        assertThat(ids(search.page(PI, null, 6, 2))).isEmpty();
        assertThat(ids(search.page(null, "FAILED", 0, 10))).containsExactly("pi3", "pi1");
        assertThat(ids(search.page(PI, "SUCCEEDED", 0, 10))).containsExactly("pi4", "pi2", "pi0");
        assertThat(ids(search.page(null, null, 0, 1))).containsExactly("primes");

        assertThat(search.count(null, null).block()).isEqualTo(6);
        assertThat(search.count(PI, null).block()).isEqualTo(5);
        assertThat(search.count(null, "FAILED").block()).isEqualTo(2);
        assertThat(search.count(PRIMES, "FAILED").block()).isZero();
    }

    @Test
    void ordersRunsCreatedAtTheSameInstantById() {
        for (String id : List.of("m9", "a2", "z7", "b3")) {
            add(id, PI, "SUCCEEDED", 0);
        }

        assertThat(ids(search.page(null, null, 0, 10))).containsExactly("a2", "b3", "m9", "z7");
        assertThat(ids(search.page(null, null, 1, 2))).containsExactly("b3", "m9");
    }

    @Test
    void findsTheNewestRunOfEveryExperiment() {
        add("pi-old", PI, "SUCCEEDED", 0);
        add("pi-new", PI, "FAILED", 3);
        add("primes-only", PRIMES, "QUEUED", 1);

        assertThat(search.latestPerExperiment().map(RunRow::id).collectList().block())
                .containsExactlyInAnyOrder("pi-new", "primes-only");
        assertThat(search.latestPerExperiment()
                        .filter(row -> row.id().equals("pi-new"))
                        .single()
                        .block()
                        .createdAt())
                .isEqualTo(T0.plusSeconds(3 * 60));
    }

    @Test
    void offersTheNewestSucceededRunWithTheSameSettingsOnThisLabVersion() {
        add("older", PI, "SUCCEEDED", 0);
        add("newer", PI, "SUCCEEDED", 1);
        add("failed", PI, "FAILED", 2);
        add("unfinished", PI, "RUNNING", 3);
        store.insert(row("other-version", PI, "SUCCEEDED", 4, PARAMS, "v2")).block();
        store.markEnded("other-version", "SUCCEEDED", T0, null).block();
        store.insert(row("other-params", PI, "QUEUED", 5, "{\"workers\":[\"1\"]}", "dev"))
                .block();
        store.markEnded("other-params", "SUCCEEDED", T0, null).block();

        assertThat(search.sameSettings(PI, PARAMS, OPTIONS, "dev")
                        .map(RunRow::id)
                        .block())
                .isEqualTo("newer");
        assertThat(search.sameSettings(PI, PARAMS, OPTIONS, "v2")
                        .map(RunRow::id)
                        .block())
                .isEqualTo("other-version");
        assertThat(search.sameSettings(PI, PARAMS, "{\"profile\":\"full\"}", "dev")
                        .blockOptional())
                .isEmpty();
        assertThat(search.sameSettings(PRIMES, PARAMS, OPTIONS, "dev").blockOptional())
                .isEmpty();
    }

    @Test
    void listsTheSucceededRunsWithTheSameSettingsNewestFirstUpToALimit() {
        add("first", PI, "SUCCEEDED", 0);
        add("second", PI, "SUCCEEDED", 1);
        add("failed", PI, "FAILED", 2);
        add("third", PI, "SUCCEEDED", 3);
        add("other-experiment", PRIMES, "SUCCEEDED", 4);

        assertThat(ids(search.sameSettings(PI, PARAMS, OPTIONS, "dev", 10)))
                .containsExactly("third", "second", "first");
        assertThat(ids(search.sameSettings(PI, PARAMS, OPTIONS, "dev", 2))).containsExactly("third", "second");
        assertThat(ids(search.sameSettings(PI, PARAMS, OPTIONS, "v2", 10))).isEmpty();
    }

    /** A run of {@code experiment} created {@code minute} minutes after T0, ended as {@code status}. */
    private void add(String id, String experiment, String status, int minute) {
        store.insert(row(id, experiment, "QUEUED", minute, PARAMS, "dev")).block();
        switch (status) {
            case "QUEUED" -> {}
            case "RUNNING" -> store.markStarted(id, T0).block();
            default ->
                store.markEnded(id, status, T0, status.equals("FAILED") ? "exit 1" : null)
                        .block();
        }
    }

    private static RunRow row(String id, String experiment, String status, int minute, String params, String version) {
        return new RunRow(
                id,
                experiment,
                params,
                OPTIONS,
                "{}",
                null,
                status,
                T0.plusSeconds(minute * 60L),
                null,
                null,
                null,
                version);
    }

    private static List<String> ids(Flux<RunRow> rows) {
        return rows.map(RunRow::id).collectList().block();
    }
}
