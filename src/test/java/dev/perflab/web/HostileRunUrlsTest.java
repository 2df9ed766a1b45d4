package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.LabServerTest;
import dev.perflab.store.RunSearch;
import dev.perflab.store.RunStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Run URLs under hostile input: ids in every run URL, lists to compare, history filters and pages,
 * Last-Event-IDs. Each gets a 4xx or the page, never a 5xx; nothing is stored or started.
 */
class HostileRunUrlsTest extends LabServerTest {

    static final long SEED = 20_251_128L;

    @Autowired
    WebTestClient client;

    @Autowired
    RunSearch search;

    @Autowired
    RunStore store;

    @LocalServerPort
    int port;

    private PageProbe probe;
    private NothingStarted nothingStarted;
    private String storedRun;

    @BeforeEach
    void watch() {
        probe = new PageProbe(client, port);
        storedRun = new StoredRuns(store).add(1.0, 2);
        nothingStarted = new NothingStarted(search);
    }

    @AfterEach
    void nothingWasStoredOrStarted() {
        nothingStarted.verify();
    }

    @Test
    void answersNotFoundForEveryHostileRunId() {
        List<String> ids = Stream.of(
                        HostileValues.URL_TEXTS.stream(),
                        HostileValues.NAMES.stream(),
                        Stream.of(storedRun + "x", storedRun + "'", storedRun.toUpperCase(), "nosuchrun"))
                .flatMap(s -> s)
                .filter(id -> !id.isBlank())
                .toList();
        for (String id : ids) {
            String segment = PageProbe.pathSegment(id);
            for (String path : List.of(
                    "/api/runs/%s",
                    "/api/runs/%s/events", "/runs/%s", "/runs/%s.json", "/runs/%s.csv", "/runs/%s/jmh.json")) {
                var result = probe.get(path.formatted(segment));
                assertThat(result.getStatus().value()).as(path.formatted(id)).isBetween(400, 499);
            }
            for (String path : List.of("/api/runs/%s/cancel", "/runs/%s/again")) {
                var result = probe.send(HttpMethod.POST, path.formatted(segment), null, null);
                assertThat(result.getStatus().value()).as(path.formatted(id)).isBetween(400, 499);
            }
        }
    }

    @Test
    void comparesOrRefusesAnyListOfRuns() {
        List<String> lists = new ArrayList<>(List.of(
                "",
                ",",
                ",,,",
                " , ",
                storedRun + "," + storedRun,
                storedRun + ",,",
                storedRun + "," + HostileValues.SCRIPT));
        lists.addAll(HostileValues.URL_TEXTS);
        lists.add(String.join(",", Collections.nCopies(200, storedRun)));
        lists.add(String.join(
                ",", Stream.iterate(1, n -> n + 1).limit(300).map(n -> "r" + n).toList()));
        for (String runs : lists) {
            var result = probe.get("/compare?runs=" + PageProbe.queryValue(runs));
            assertThat(result.getStatus().value()).as(runs).isIn(200, 400, 404);
        }
    }

    @Test
    void showsHistoryForAnyFilterAndPage() {
        List<String> pages = List.of(
                "-1",
                "0",
                "1",
                "2147483647",
                "171798692",
                "2147483648",
                "9999999999999",
                "-2147483648",
                "NaN",
                "1e309",
                "",
                " ",
                "x");
        var random = new Random(SEED);
        for (String page : pages) {
            for (int i = 0; i < 6; i++) {
                // The first of each page filters nothing out, so the page number meets real rows.
                String experiment =
                        i == 0 ? "" : HostileValues.URL_TEXTS.get(random.nextInt(HostileValues.URL_TEXTS.size()));
                String status = i == 0
                        ? "succeeded"
                        : HostileValues.URL_TEXTS.get(random.nextInt(HostileValues.URL_TEXTS.size()));
                String uri = "/runs?experiment=" + PageProbe.queryValue(experiment) + "&status="
                        + PageProbe.queryValue(status) + "&page=" + PageProbe.queryValue(page);
                var result = probe.get(uri);
                assertThat(result.getStatus().value()).as(uri).isEqualTo(200);
            }
        }
    }

    @Test
    void refusesLastEventIdsThatAreNotEventIdsNamingTheHeader() {
        List<String> refused = List.of(
                "abc",
                "1e3",
                "0x10",
                "1.5",
                "9223372036854775808",
                "99999999999999999999",
                HostileValues.SCRIPT,
                "'; DROP TABLE runs; --",
                "$(rm -rf /)",
                "1,2");
        for (String lastEventId : refused) {
            var result = events(lastEventId);
            assertThat(result.getStatus().value()).as(lastEventId).isEqualTo(400);
            assertThat(result.getResponseBody())
                    .as(lastEventId)
                    .contains("\"field\":\"Last-Event-ID\"")
                    .doesNotContain(HostileValues.MARKUP);
        }
        for (String lastEventId : List.of("-1", "0", "9223372036854775807")) {
            assertThat(events(lastEventId).getStatus().value()).as(lastEventId).isEqualTo(200);
        }
        assertThat(events("-1").getResponseBody()).contains("event:queued");
    }

    private EntityExchangeResult<String> events(String lastEventId) {
        return client.get()
                .uri("/api/runs/{id}/events", storedRun)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .header("Last-Event-ID", lastEventId)
                .exchange()
                .expectBody(String.class)
                .returnResult();
    }
}
