package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.LabServerTest;
import dev.perflab.catalog.Catalog;
import dev.perflab.store.RunSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The experiment form under a seeded fuzz: every hostile form is refused with the error next to
 * its field, every hostile query fills the form, input is echoed escaped, never a 5xx, and
 * nothing is stored or started.
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

    @LocalServerPort
    int port;

    private PageProbe probe;
    private NothingStarted nothingStarted;

    @BeforeEach
    void watch() {
        probe = new PageProbe(client, port);
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
            var result = probe.send(
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
            var result = probe.get(uri);
            assertThat(result.getStatus().value()).as(uri).isEqualTo(200);
        }
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
}
