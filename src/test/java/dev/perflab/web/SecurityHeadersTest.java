package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.LabServerTest;
import dev.perflab.store.RunStore;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every answer, page or not, found or not, carries the lab's content security policy (only its own
 * scripts, never framed) and forbids MIME sniffing; and the pages need nothing that policy blocks.
 */
class SecurityHeadersTest extends LabServerTest {

    @Autowired
    WebTestClient client;

    @Autowired
    RunStore store;

    @Test
    void everyAnswerForbidsForeignScriptsFramingAndSniffing() {
        for (String uri : uris()) {
            var result = get(uri, MediaType.ALL);
            HttpHeaders headers = result.getResponseHeaders();
            String policy = headers.getFirst("Content-Security-Policy");
            assertThat(policy).as(uri).isNotNull();
            assertThat(directives(policy))
                    .as(uri)
                    .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
            assertThat(policy).as(uri).doesNotContain("unsafe-inline", "unsafe-eval", "*");
            assertThat(headers.getFirst("X-Content-Type-Options")).as(uri).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).as(uri).isEqualTo("DENY");
            assertThat(headers.getContentType())
                    .as(uri + ": a declared type, so nosniff can hold")
                    .isNotNull();
        }
    }

    @Test
    void pagesRunNoInlineScriptOrStyleThePolicyWouldBlock() {
        for (String uri : uris()) {
            var result = get(uri, MediaType.TEXT_HTML);
            var type = result.getResponseHeaders().getContentType();
            if (type == null || !type.isCompatibleWith(MediaType.TEXT_HTML)) {
                continue;
            }
            String page = result.getResponseBody();
            var scripts = Pattern.compile("<script\\b([^>]*)>").matcher(page);
            while (scripts.find()) {
                assertThat(scripts.group(1))
                        .as(uri + ": <script" + scripts.group(1) + ">")
                        .containsAnyOf("src=\"/", "type=\"application/json\"");
            }
            assertThat(page).as(uri).doesNotContainPattern("\\son[a-z]+\\s*=").doesNotContain(" style=\"");
        }
    }

    private List<String> uris() {
        String run = new StoredRuns(store).add(1.0, 2);
        return List.of(
                "/",
                "/experiments/ch09.pi-monte-carlo",
                "/experiments/ch09.pi-monte-carlo?workers=0",
                "/experiments/ch99.nothing",
                "/runs",
                "/runs/" + run,
                "/runs/nosuchrun",
                "/compare?runs=" + run,
                "/compare?runs=",
                "/runs/" + run + ".json",
                "/runs/" + run + ".csv",
                "/runs/" + run + "/jmh.json",
                "/api/experiments",
                "/api/runs/" + run,
                "/api/runs/nosuchrun",
                "/css/lab.css",
                "/js/experiment-page.js",
                "/actuator/health",
                "/no/such/page");
    }

    private EntityExchangeResult<String> get(String uri, MediaType accept) {
        return client.get()
                .uri(uri)
                .accept(accept)
                .exchange()
                .expectBody(String.class)
                .returnResult();
    }

    private static List<String> directives(String policy) {
        return Pattern.compile(";\\s*").splitAsStream(policy).map(String::strip).toList();
    }
}
