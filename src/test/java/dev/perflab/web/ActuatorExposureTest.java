package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.LabServerTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/** By default the actuator shows health, info and prometheus, and nothing that reveals or changes the server. */
class ActuatorExposureTest extends LabServerTest {

    @Autowired
    WebTestClient client;

    @Test
    void listsOnlyHealthInfoAndPrometheus() {
        var links = client.get()
                .uri("/actuator")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody()
                .get("_links");
        // Besides "self", an endpoint may also be linked with a path template ("health-path").
        Set<String> endpoints = links.keySet().stream()
                .filter(name -> !name.equals("self"))
                .map(name -> name.replaceFirst("-path$", ""))
                .collect(Collectors.toSet());
        assertThat(endpoints).containsExactlyInAnyOrder("health", "info", "prometheus");
    }

    @Test
    void servesHealthInfoAndTheLabsMetrics() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        client.get().uri("/actuator/info").exchange().expectStatus().isOk();
        client.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(text -> assertThat(text).contains("perflab_queue_depth"));
    }

    @Test
    void hidesEveryOtherEndpoint() {
        List<String> hidden = List.of(
                "env",
                "beans",
                "heapdump",
                "threaddump",
                "configprops",
                "conditions",
                "loggers",
                "mappings",
                "metrics",
                "scheduledtasks",
                "caches",
                "startup",
                "sbom",
                "flyway");
        for (String endpoint : hidden) {
            assertThat(status(HttpMethod.GET, "/actuator/" + endpoint))
                    .as(endpoint)
                    .isEqualTo(404);
        }
        for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.DELETE)) {
            assertThat(status(method, "/actuator/shutdown"))
                    .as(method + " shutdown")
                    .isEqualTo(404);
            assertThat(status(method, "/actuator/loggers/ROOT"))
                    .as(method + " loggers")
                    .isEqualTo(404);
        }
    }

    private int status(HttpMethod method, String uri) {
        return client.method(method)
                .uri(uri)
                .exchange()
                .expectBody()
                .returnResult()
                .getStatus()
                .value();
    }
}
