package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.perflab.LabServerTest;
import dev.perflab.store.RunStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** History, compare and exports over runs stored from the golden fixture: no fork needed. */
class StoredRunPagesTest extends LabServerTest {

    static final Path JMH_FORMAT = Path.of("test/resources/jmh-format/pi-monte-carlo.jmh.json");

    @Autowired
    WebTestClient client;

    @Autowired
    RunStore store;

    private final JsonMapper json = JsonMapper.builder().build();
    private StoredRuns stored;

    @BeforeEach
    void storedRuns() {
        stored = new StoredRuns(store);
    }

    @Test
    void listsRunsNewestFirstAndFiltersByStatus() {
        String older = stored.add(1.0, 2);
        String newer = stored.add(1.0, 2);

        String all = page("/runs?experiment=" + StoredRuns.EXPERIMENT);
        assertThat(all).contains(older, newer);
        assertThat(all.indexOf(newer)).isLessThan(all.indexOf(older));
        assertThat(page("/runs?status=failed")).doesNotContain(older);
        assertThat(page("/runs?status=succeeded")).contains(older);
        assertThat(page("/runs?status=nonsense"))
                .contains("There is no status &#39;nonsense&#39;")
                .contains(older);
        assertThat(page("/runs?experiment=ch99.none"))
                .contains("There is no experiment &#39;ch99.none&#39; in the catalog.")
                .contains("No runs match")
                .doesNotContain(older);
    }

    /** A run's profiler is part of its settings: without it two runs that differ read the same. */
    @Test
    void historyAndTheRunPageNameTheProfiler() {
        String profiled = stored.add(StoredRuns.PROFILED_FIXTURE, 1.0, 2);

        assertThat(page("/runs?experiment=" + StoredRuns.EXPERIMENT)).contains("(smoke · jfr profiler)");
        assertThat(page("/runs/" + profiled))
                .contains("<dt>Profiler</dt><dd id=\"run-profiler\">jfr</dd>")
                .as("the results' column heads are the params' labels, as the page's script writes them")
                .contains("<th scope=\"col\">Workers (threads or processes)</th>");
    }

    @Test
    void showsNoRunsForAPageFarPastTheLast() {
        stored.add(1.0, 2);

        // 171798692 × 25 rows wraps round a 32-bit int to a negative offset.
        assertThat(page("/runs?page=171798692")).contains("No runs match");
    }

    @Test
    void listsEachPointsParamsInTheResultTable() {
        String id = stored.add(1.0, 2);

        String table = page("/runs/" + id).replaceAll("\\s+", " ");

        assertThat(table)
                .contains("<td>1</td> <td>1000000</td> <td>thread-local-random</td> <td class=\"number\">24.717</td>");
    }

    @Test
    void showsTheMachinesCachesWhereItRan() {
        String id = stored.add(1.0, 2);

        String environment = page("/runs/" + id).replaceAll("\\s+", " ");

        assertThat(environment).contains("<dt>caches</dt><dd>L1d 32 KiB, L2 1 MiB, L3 32 MiB</dd>");
    }

    @Test
    void exportsResultsAsCsvWithOneRowPerPoint() {
        String id = stored.add(1.0, 2);

        String csv = body("/runs/" + id + ".csv");

        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst())
                .isEqualTo("benchmark,workers,samples,variant,score,scoreError,scoreLow,scoreHigh,unit,sampleCount");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).contains(",1,1000000,thread-local-random,24.7166168,,,,ms/op,2");
        assertThat(csv).contains("\r\n");
    }

    @Test
    void exportsJmhJsonWithJmhsFieldsAndNesting() throws IOException {
        String id = stored.add(1.0, 2);

        JsonNode ours = json.readTree(body("/runs/" + id + "/jmh.json"));
        JsonNode jmhs = json.readTree(Files.readString(JMH_FORMAT));

        assertThat(ours).hasSize(4);
        for (JsonNode benchmark : ours) {
            assertThat(shape(benchmark)).isEqualTo(shape(jmhs.get(0)));
        }
        JsonNode first = ours.get(0).get("primaryMetric");
        assertThat(first.get("rawData")).hasSize(1);
        assertThat(first.get("rawData").get(0)).hasSize(2);
        assertThat(first.get("score").asDouble()).isEqualTo(24.7166168);
        assertThat(ours.get(0).get("mode").asString()).isEqualTo("avgt");
    }

    @Test
    void exportsTheWholeRunWithEveryEvent() {
        String id = stored.add(1.0, 2);

        JsonNode whole = json.readTree(body("/runs/" + id + ".json"));

        assertThat(whole.get("id").asString()).isEqualTo(id);
        assertThat(whole.get("results")).hasSize(4);
        assertThat(whole.get("events")).hasSize(stored.eventCount());
        assertThat(whole.get("events").get(0).get("type").asString()).isEqualTo("queued");
    }

    @Test
    void comparesRunsAndWarnsWhenEnvironmentsDiffer() {
        String baseline = stored.add(1.0, 2);
        String faster = stored.add(0.5, 4);

        String compare = page("/compare?runs=" + baseline + "," + faster);

        assertThat(compare).contains("id=\"environment-warning\"").contains("cores: 2 vs 4");
        assertThat(compare).contains("0.500×").contains("(baseline)");
        assertThat(compare).contains("id=\"compare-chart\"");
    }

    @Test
    void refusesToCompareRunsThatDoNotExist() {
        String id = stored.add(1.0, 2);
        client.get()
                .uri("/compare?runs=" + id + ",nosuchrun")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody(String.class)
                .value(text -> assertThat(text).contains("There is no run nosuchrun"));
        client.get().uri("/compare?runs=").exchange().expectStatus().isBadRequest();
    }

    @Test
    void showsTheLatestRunAndTypicalCostInTheCatalog() {
        String id = stored.add(1.0, 2);

        assertThat(page("/")).contains(id).contains("a run takes about");
    }

    @Test
    void listsTheRunsWithTheSameSettingsNewestFirstForTheNoiseFloor() {
        String first = stored.add(1.0, 2);
        String second = stored.add(1.02, 2);
        String third = stored.add(0.98, 2);

        JsonNode repeats = json.readTree(client.get()
                .uri("/api/runs/" + first + "/repeats")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());

        List<String> ids =
                repeats.valueStream().map(run -> run.get("id").asString()).toList();
        assertThat(ids).hasSizeLessThanOrEqualTo(10).startsWith(third, second, first);
        assertThat(repeats.get(0).get("results").get(0).get("score").asDouble())
                .isEqualTo(
                        0.98 * repeats.get(2).get("results").get(0).get("score").asDouble(), within(1e-9));
        client.get()
                .uri("/api/runs/nosuchrun/repeats")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void givesRunPagesOpenGraphTags() {
        String id = stored.add(1.0, 2);

        assertThat(page("/runs/" + id))
                .contains("<meta property=\"og:title\" content=\"Run " + id + " · Monte Carlo π on many threads\">")
                .contains("og:description");
    }

    @Test
    void refusesInWordsARunOverTheTimeLimitBeforeItStarts() {
        String form = page("/experiments/" + StoredRuns.EXPERIMENT
                + "?workers=1,2,4,8,16&variant=thread-local-random,shared-random&iterationMillis=60000");

        assertThat(form).contains("Refused: this run would take about");
        client.post()
                .uri("/api/runs/preview")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "experiment",
                        StoredRuns.EXPERIMENT,
                        "params",
                        Map.of("workers", "1,2,4,8,16", "variant", "thread-local-random,shared-random"),
                        "options",
                        Map.of("iterationMillis", 60000)))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.plan.points")
                .isEqualTo(10)
                .jsonPath("$.errors[0].field")
                .isEqualTo("options");
    }

    /** Field names in order, recursively, with values' JSON kinds: what a JMH reader relies on. */
    private static List<String> shape(JsonNode node) {
        List<String> shape = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
                String name = names.next();
                // Param names and percentile keys are data, not format.
                if (name.equals("params")) {
                    shape.add("params:object");
                    continue;
                }
                shape.add(name + ":" + node.get(name).getNodeType());
                if (!name.equals("rawData") && !name.equals("scoreConfidence")) {
                    shape.addAll(shape(node.get(name)).stream()
                            .map(s -> name + "." + s)
                            .toList());
                }
            }
        }
        return shape;
    }

    private String page(String uri) {
        return client.get()
                .uri(uri)
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private String body(String uri) {
        return client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches("Content-Disposition", "attachment; filename=\"perflab-.*\"")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
