package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.LabServerTest;
import dev.perflab.catalog.Catalog;
import dev.perflab.store.RunSearch;
import dev.perflab.store.RunStore;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
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
 * Pages and run URLs under a seeded fuzz: hostile forms, queries, ids and headers get a 4xx (or
 * the page, with the input escaped), never a 5xx, and nothing is stored or started.
 */
class HostilePageInputTest extends LabServerTest {

    static final long SEED = 20_251_127L;
    static final int FORMS = 300;
    static final int QUERIES = 150;
    /** The default {@code lab.max-request-body}: a longer form is refused unread. */
    static final int MAX_BODY = 64 * 1024;

    @Autowired
    WebTestClient client;

    @Autowired
    Catalog catalog;

    @Autowired
    RunSearch search;

    @Autowired
    RunStore store;

    @LocalServerPort
    int port;

    private NothingStarted nothingStarted;
    private String storedRun;

    @BeforeEach
    void watch() {
        storedRun = new StoredRuns(store).add(1.0, 2);
        nothingStarted = new NothingStarted(search);
    }

    @AfterEach
    void nothingWasStoredOrStarted() {
        nothingStarted.verify();
    }

    @Test
    void refusesEveryHostileFormShowingTheErrorByItsField() {
        var forms = new HostileForms(SEED, catalog.all());
        for (int i = 0; i < FORMS; i++) {
            var form = forms.next();
            var result = exchange(
                    HttpMethod.POST,
                    "/experiments/" + form.experiment(),
                    MediaType.APPLICATION_FORM_URLENCODED,
                    form.body());
            String what = "form #" + i + " " + HostileApiInputTest.abbreviated(form.body());
            if (form.body().length() > MAX_BODY) {
                assertThat(result.getStatus().value()).as(what).isEqualTo(413);
                assertThat(result.getResponseBody()).as(what).contains("nothing was started");
                continue;
            }
            assertThat(result.getStatus().value()).as(what).isEqualTo(400);
            assertThat(shownError(result.getResponseBody(), form.field()))
                    .as(what + ": the error next to " + form.field())
                    .isNotBlank();
        }
    }

    @Test
    void fillsTheFormFromAnyQueryEscapingWhatItEchoes() {
        var random = new Random(SEED);
        for (int i = 0; i < QUERIES; i++) {
            var experiment = catalog.all().get(random.nextInt(catalog.all().size()));
            List<String> names = new ArrayList<>(FieldRules.OPTIONS);
            experiment.params().forEach(param -> names.add(param.name()));
            names.addAll(HostileValues.NAMES);
            List<Map.Entry<String, String>> query = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                query.add(Map.entry(
                        names.get(random.nextInt(names.size())),
                        HostileValues.URL_TEXTS.get(random.nextInt(HostileValues.URL_TEXTS.size()))));
            }
            String uri = "/experiments/" + experiment.id() + "?" + HostileForms.encode(query);
            var result = exchange(HttpMethod.GET, uri, null, null);
            assertThat(result.getStatus().value()).as(uri).isEqualTo(200);
        }
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
            String segment = pathSegment(id);
            for (String path : List.of(
                    "/api/runs/%s",
                    "/api/runs/%s/events", "/runs/%s", "/runs/%s.json", "/runs/%s.csv", "/runs/%s/jmh.json")) {
                var result = exchange(HttpMethod.GET, path.formatted(segment), null, null);
                assertThat(result.getStatus().value()).as(path.formatted(id)).isBetween(400, 499);
            }
            for (String path : List.of("/api/runs/%s/cancel", "/runs/%s/again")) {
                var result = exchange(HttpMethod.POST, path.formatted(segment), null, null);
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
        lists.add(String.join(",", java.util.Collections.nCopies(200, storedRun)));
        lists.add(String.join(
                ",", Stream.iterate(1, n -> n + 1).limit(300).map(n -> "r" + n).toList()));
        for (String runs : lists) {
            var result = exchange(HttpMethod.GET, "/compare?runs=" + queryValue(runs), null, null);
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
                String uri = "/runs?experiment=" + queryValue(experiment) + "&status=" + queryValue(status) + "&page="
                        + queryValue(page);
                var result = exchange(HttpMethod.GET, uri, null, null);
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

    /** Sends one request and checks what every answer must be: no 5xx, nothing raw echoed in HTML. */
    private EntityExchangeResult<String> exchange(HttpMethod method, String uri, MediaType type, String body) {
        var request = client.method(method).uri(URI.create("http://localhost:" + port + uri));
        if (type != null) {
            request.contentType(type);
        }
        var result = (body == null
                        ? request.exchange()
                        : request.bodyValue(body).exchange())
                .expectBody(String.class)
                .returnResult();
        assertThat(result.getStatus().is5xxServerError())
                .as(method + " " + HostileApiInputTest.abbreviated(uri) + " → " + result.getStatus() + " "
                        + HostileApiInputTest.abbreviated(result.getResponseBody()))
                .isFalse();
        var contentType = result.getResponseHeaders().getContentType();
        if (contentType != null
                && contentType.isCompatibleWith(MediaType.TEXT_HTML)
                && result.getResponseBody() != null) {
            assertThat(result.getResponseBody())
                    .as("HTML answer to " + HostileApiInputTest.abbreviated(uri))
                    .doesNotContain(HostileValues.MARKUP);
        }
        return result;
    }

    /** The text of the error element next to a form field, or "" when it is hidden or absent. */
    private static String shownError(String page, String field) {
        var matcher = Pattern.compile(
                        "<small class=\"error\" id=\"error-" + Pattern.quote(field) + "\"([^>]*)>([^<]*)<")
                .matcher(page);
        if (!matcher.find() || matcher.group(1).contains("hidden")) {
            return "";
        }
        return matcher.group(2);
    }

    private static String pathSegment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String queryValue(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
