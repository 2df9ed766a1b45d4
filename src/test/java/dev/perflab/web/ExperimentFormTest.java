package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.LabServerTest;
import dev.perflab.catalog.Catalog;
import dev.perflab.catalog.ExperimentDefinition;
import dev.perflab.run.Run;
import dev.perflab.run.RunOptions;
import dev.perflab.run.RunStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The experiment form puts each refusal next to its field, options included. */
class ExperimentFormTest extends LabServerTest {

    static final String EXPERIMENT = "ch09.pi-monte-carlo";

    @Autowired
    WebTestClient client;

    @Autowired
    Catalog catalog;

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

    /** The form has no JVM options field for such an experiment, but a refused option still shows. */
    @Test
    void showsARefusedJvmOptionWhereTheExperimentAllowsNone() {
        String experiment = catalog.all().stream()
                .filter(definition -> definition.jvmOptions().isEmpty())
                .map(ExperimentDefinition::id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the catalog has no experiment without JVM options"));

        String page = refused(experiment, "profile=smoke&jvmOptions=xint");

        assertThat(page)
                .contains(
                        "<small class=\"error\" id=\"error-jvmOptions\">this experiment takes no JVM options</small>");
    }

    @Test
    void marksTheBadValuesOfALinkAtOnce() {
        String page = shown("?workers=0&samples=abc");

        assertThat(page)
                .contains("<small class=\"error\" id=\"error-workers\">must be between 1 and 16</small>")
                .containsPattern("<small class=\"error\" id=\"error-samples\">[^<]+</small>")
                .contains("<small class=\"error\" id=\"error-forks\" hidden=\"hidden\">")
                .containsPattern("id=\"option-forks\"[^>]* min=\"1\" max=\"5\"")
                .containsPattern("id=\"option-warmupIterations\"[^>]* min=\"0\" max=\"50\"");
    }

    /** "Edit settings" opens the form as the run had it: options too, not only the params. */
    @Test
    void editSettingsCarriesTheRunsOptions() {
        ExperimentDefinition pi = catalog.find(EXPERIMENT).orElseThrow();
        var smoke = pi.profiles().get("smoke");
        var run = new Run(
                "abcdefghij",
                EXPERIMENT,
                Map.of("workers", List.of("1", "2")),
                new RunOptions(
                        "smoke",
                        smoke.forks() + 1,
                        smoke.warmupIterations(),
                        smoke.measurementIterations() + 1,
                        smoke.iterationMillis(),
                        List.of("c1-only"),
                        "gc"),
                RunStatus.SUCCEEDED,
                Instant.now(),
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null);

        String query = RunPage.editQuery(run, pi);

        assertThat(query)
                .isEqualTo("?workers=1%2C2&profile=smoke&forks=" + (smoke.forks() + 1) + "&measurementIterations="
                        + (smoke.measurementIterations() + 1) + "&profiler=gc&jvmOptions=c1-only");
        String form = shown(query);
        assertThat(form)
                .containsPattern("name=\"jvmOptions\" value=\"c1-only\" checked")
                .containsPattern("<option value=\"gc\" selected")
                .contains("name=\"forks\" value=\"" + (smoke.forks() + 1) + "\"");
    }

    /** The pi form as a link with {@code query} opens it. */
    private String shown(String query) {
        return client.get()
                .uri("/experiments/" + EXPERIMENT + query)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
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
