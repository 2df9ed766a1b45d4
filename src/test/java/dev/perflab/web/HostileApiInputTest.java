package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.LabServerTest;
import dev.perflab.catalog.Catalog;
import dev.perflab.store.RunSearch;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API under a seeded fuzz: every hostile run request is refused with {@code 400} naming
 * the field, never a {@code 5xx}, and nothing is stored or started.
 */
class HostileApiInputTest extends LabServerTest {

    static final long SEED = 20_251_126L;
    static final int REQUESTS = 500;
    static final String EXPERIMENT = "ch09.pi-monte-carlo";

    @Autowired
    WebTestClient client;

    @Autowired
    Catalog catalog;

    @Autowired
    RunSearch search;

    private final JsonMapper json = JsonMapper.builder().build();
    private NothingStarted nothingStarted;

    @BeforeEach
    void watch() {
        nothingStarted = new NothingStarted(search);
    }

    @AfterEach
    void nothingWasStoredOrStarted() {
        nothingStarted.verify();
    }

    @Test
    void refusesEveryHostileRunRequestNamingTheField() {
        var requests = new HostileRunRequests(SEED, catalog.all(), json);
        for (int i = 0; i < REQUESTS; i++) {
            var request = requests.next();
            for (String path : List.of("/api/runs", "/api/runs/preview")) {
                var result = post(path, MediaType.APPLICATION_JSON, request.body());
                String what = path + " #" + i + " " + abbreviated(request.body());
                // A preview answers 200 with the problems; only an unreadable body is a 400 there.
                Set<Integer> expected = path.endsWith("preview") ? Set.of(200, 400) : Set.of(400);
                assertThat(result.getStatus().value()).as(what).isIn(expected);
                assertNamesFields(result, request.field(), request.allowedFields(), what);
            }
        }
    }

    @Test
    void refusesMalformedBodiesAsTheBodyAndDuplicatedKeysByName() {
        String experiment = "\"experiment\": \"" + EXPERIMENT + "\"";
        String smoke = "\"options\": {\"profile\": \"smoke\"}";
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("", "body");
        bodies.put("null", "body");
        bodies.put("{", "body");
        bodies.put("[]", "body");
        bodies.put("\"" + EXPERIMENT + "\"", "body");
        bodies.put("{'experiment': '" + EXPERIMENT + "'}", "body");
        bodies.put("/* comment */ {" + experiment + ", " + smoke + "}", "body");
        bodies.put("{" + experiment + ", " + smoke + "} trailing", "body");
        bodies.put("{" + experiment + ", " + smoke + "} {}", "body");
        bodies.put("{" + experiment + ", " + smoke + ",}", "body");
        bodies.put("{\"experiment\": NaN}", "body");
        bodies.put("{" + experiment + ", " + experiment + ", " + smoke + "}", "experiment");
        bodies.put(
                "{" + experiment + ", \"params\": {\"workers\": 99, \"workers\": 1}, " + smoke + "}", "params.workers");
        bodies.put("{" + experiment + ", \"params\": {\"workers\": [1, 2", "body");
        bodies.put("{\"params\": {\"workers\": " + "[".repeat(3000) + "]".repeat(3000) + "}}", "body");
        bodies.put("{\"params\": {\"workers\": 1" + "0".repeat(5000) + "}}", "body");
        bodies.forEach((body, field) -> {
            var result = post("/api/runs", MediaType.APPLICATION_JSON, body);
            assertThat(result.getStatus().value()).as(abbreviated(body)).isEqualTo(400);
            assertNamesFields(result, field, Set.of(field), abbreviated(body));
        });
        var truncated =
                post("/api/runs", MediaType.APPLICATION_JSON, "{" + experiment + ", \"params\": {\"workers\": [1, 2");
        assertThat(truncated.getResponseBody()).contains("is not valid JSON at params.workers");
    }

    @Test
    void refusesBytesThatAreNotUtf8NamingTheBody() {
        byte[] body = "{\"experiment\": \"\u00ff\u00fe\"}".getBytes(StandardCharsets.ISO_8859_1);
        var result = client.post()
                .uri("/api/runs")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectBody(String.class)
                .returnResult();
        assertThat(result.getStatus().value()).isEqualTo(400);
        assertNamesFields(result, "body", Set.of("body"), "latin-1 bytes");
    }

    @Test
    void refusesRunRequestsOfAnotherContentTypeAsTheBody() {
        String valid = "{\"experiment\": \"" + EXPERIMENT + "\", \"options\": {\"profile\": \"smoke\"}}";
        for (MediaType type : List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.TEXT_HTML)) {
            var result = post("/api/runs", type, valid);
            assertThat(result.getStatus().value()).as(type.toString()).isEqualTo(415);
            assertNamesFields(result, "body", Set.of("body"), type.toString());
        }
        var form = post("/api/runs", MediaType.APPLICATION_FORM_URLENCODED, "experiment=" + EXPERIMENT);
        assertThat(form.getStatus().value()).isEqualTo(415);
    }

    private void assertNamesFields(
            EntityExchangeResult<String> result, String field, Set<String> allowed, String what) {
        JsonNode errors = json.readTree(result.getResponseBody()).path("errors");
        List<String> fields =
                errors.valueStream().map(e -> e.path("field").asString()).toList();
        assertThat(fields)
                .as(what + " → " + abbreviated(result.getResponseBody()))
                .contains(field);
        assertThat(fields).as(what).allSatisfy(named -> assertThat(named).isIn(allowed));
        assertThat(errors.valueStream().map(e -> e.path("message").asString("")))
                .as(what)
                .allSatisfy(message -> assertThat(message).isNotBlank());
        assertThat(errors.size())
                .as(what + ": one message per field, not one per value")
                .isLessThanOrEqualTo(12);
    }

    private EntityExchangeResult<String> post(String path, MediaType type, String body) {
        return client.post()
                .uri(path)
                .contentType(type)
                .bodyValue(body)
                .exchange()
                .expectBody(String.class)
                .returnResult();
    }

    static String abbreviated(String text) {
        if (text == null) {
            return "(no body)";
        }
        return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + " chars)";
    }
}
