package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.LabServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The experiment form puts each refusal next to its field, options included. */
class ExperimentFormTest extends LabServerTest {

    static final String EXPERIMENT = "ch09.pi-monte-carlo";

    @Autowired
    WebTestClient client;

    @Test
    void showsARunOptionsErrorNextToItsField() {
        String page = refused("profile=smoke&forks=99&iterationMillis=x");

        assertThat(page)
                .contains("<small class=\"error\" id=\"error-forks\">must be a whole number from 1 to 5</small>")
                .contains(
                        "<small class=\"error\" id=\"error-iterationMillis\">must be a whole number from 10 to 60000</small>");
    }

    @Test
    void checksEveryValueOfAFieldGivenTwice() {
        String page = refused("profile=smoke&workers=2&workers=99&forks=1&forks=2");

        assertThat(page)
                .contains("<small class=\"error\" id=\"error-workers\">must be between 1 and 16</small>")
                .contains("<small class=\"error\" id=\"error-forks\">must be a whole number from 1 to 5</small>")
                .contains("name=\"workers\" value=\"2,99\"");
    }

    @Test
    void showsAJvmOptionsErrorEvenWhereNoOptionIsAllowed() {
        // ch04.unique allows no JVM options, so its form has no checkboxes to put the error beside.
        String page = refused("ch04.unique", "profile=smoke&jvmOptions=xint");

        assertThat(page).containsPattern("<small class=\"error\" id=\"error-jvmOptions\">[^<]+</small>");
    }

    private String refused(String form) {
        return refused(EXPERIMENT, form);
    }

    private String refused(String experiment, String form) {
        return client.post()
                .uri("/experiments/" + experiment)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue(form)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
