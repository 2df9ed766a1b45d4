package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.LabServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A wrong address gets a page of the lab that says what is missing, and the API says it in JSON. */
class ErrorPagesTest extends LabServerTest {

    @Autowired
    WebTestClient client;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/runs/nosuchrun1        | There is no run nosuchrun1.",
                "/experiments/ch99.nope  | There is no experiment ch99.nope.",
                "/runs/nosuchrun1/jmh.json   | There is no run nosuchrun1.",
                "/no/such/page           | No page of the lab has the address /no/such/page."
            })
    void aMissingPageSaysWhatIsMissingInsideTheLabsLayout(String path, String message) {
        String page = client.get()
                .uri(path)
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(page)
                .contains("<p class=\"card\" id=\"error-message\">" + message + "</p>")
                .contains("<nav class=\"site-nav\"")
                .doesNotContain("Whitelabel");
    }

    @Test
    void theApiSaysWhichExperimentItDoesNotHave() {
        client.get()
                .uri("/api/experiments/ch99.nope")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.message")
                .isEqualTo("no experiment ch99.nope")
                .jsonPath("$.status")
                .isEqualTo(404);
    }
}
