package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Sends one hostile request to a running lab and checks what every answer must be: never a 5xx,
 * and no markup that was sent comes back raw in an HTML page. URIs go as given (already encoded),
 * so the client neither re-encodes them nor reads braces as template variables.
 */
record PageProbe(WebTestClient client, int port) {

    EntityExchangeResult<String> send(HttpMethod method, String uri, MediaType type, String body) {
        var request = client.method(method).uri(URI.create("http://localhost:" + port + uri));
        if (type != null) {
            request.contentType(type);
        }
        String what = method + " " + HostileApiInputTest.abbreviated(uri);
        EntityExchangeResult<String> result;
        try {
            result = (body == null
                            ? request.exchange()
                            : request.bodyValue(body).exchange())
                    .expectBody(String.class)
                    .returnResult();
        } catch (IllegalStateException e) {
            // Reactor's "Timeout on blocking read": say which request; UnansweredRequests, on every
            // test of the shared lab, adds what held the server.
            throw new AssertionError(what + " got no answer: " + e.getMessage(), e);
        }
        assertThat(result.getStatus().is5xxServerError())
                .as(what + " → " + result.getStatus() + " " + HostileApiInputTest.abbreviated(result.getResponseBody()))
                .isFalse();
        var contentType = result.getResponseHeaders().getContentType();
        if (contentType != null
                && contentType.isCompatibleWith(MediaType.TEXT_HTML)
                && result.getResponseBody() != null) {
            assertThat(result.getResponseBody()).as("HTML answer to " + what).doesNotContain(HostileValues.MARKUP);
        }
        return result;
    }

    EntityExchangeResult<String> get(String uri) {
        return send(HttpMethod.GET, uri, null, null);
    }

    static String pathSegment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String queryValue(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
