package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.LabServerTest;
import dev.perflab.store.RunSearch;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/** Request bodies over {@code lab.max-request-body} (64 KiB by default) are answered 413, unread. */
class RequestSizeLimitTest extends LabServerTest {

    static final int LIMIT = 64 * 1024;
    static final String EXPERIMENT = "ch09.pi-monte-carlo";

    @Autowired
    WebTestClient client;

    @Autowired
    RunSearch search;

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
    void refusesARunRequestOverTheLimitWith413NamingTheBody() {
        for (String path : new String[] {"/api/runs", "/api/runs/preview"}) {
            client.post()
                    .uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(runRequestOfSize(LIMIT + 1))
                    .exchange()
                    .expectStatus()
                    .isEqualTo(413)
                    .expectBody()
                    .jsonPath("$.errors[0].field")
                    .isEqualTo("body")
                    .jsonPath("$.errors[0].message")
                    .value(message -> assertThat((String) message).contains("64 KiB"));
        }
    }

    @Test
    void refusesAChunkedRunRequestOverTheLimitThatDeclaresNoLength() {
        byte[] bytes = runRequestOfSize(4 * LIMIT).getBytes(StandardCharsets.UTF_8);
        Flux<DataBuffer> chunks = Flux.range(0, 16)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(
                        java.util.Arrays.copyOfRange(bytes, i * bytes.length / 16, (i + 1) * bytes.length / 16)));
        var result = client.post()
                .uri("/api/runs")
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectBody(String.class)
                .returnResult();
        assertThat(result.getRequestHeaders().getContentLength()).isEqualTo(-1);
        assertThat(result.getStatus().value()).isEqualTo(413);
        assertThat(result.getResponseBody()).contains("\"field\":\"body\"");
    }

    @Test
    void readsABodyJustUnderTheLimit() {
        // Under the limit the request is read and checked: the long value is the problem, not the size.
        client.post()
                .uri("/api/runs")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(runRequestOfSize(LIMIT - 16))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("params.variant");
    }

    @Test
    void refusesAFormOverTheLimitWith413AndSaysSoOnTheForm() {
        EntityExchangeResult<String> result = client.post()
                .uri("/experiments/" + EXPERIMENT)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("profile=smoke&workers=1&variant=" + "x".repeat(LIMIT))
                .exchange()
                .expectBody(String.class)
                .returnResult();
        assertThat(result.getStatus().value()).isEqualTo(413);
        assertThat(result.getResponseHeaders().getContentType()).isNotNull();
        assertThat(result.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(result.getResponseBody())
                .contains("The form was larger than the 64 KiB the lab reads, so nothing was started.")
                .contains("id=\"run-form\"");
    }

    /** A run request of exactly {@code bytes} bytes, padded in a param value. */
    private static String runRequestOfSize(int bytes) {
        String frame = "{\"experiment\": \"" + EXPERIMENT + "\", \"params\": {\"variant\": \"%s\"},"
                + " \"options\": {\"profile\": \"smoke\"}}";
        int padding = bytes - frame.formatted("").length();
        return frame.formatted("x".repeat(padding));
    }
}
