package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.perflab.LabServerTest;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/** The public API end to end, with real forks of the real first experiment on its smoke profile. */
@Tag("fork")
class RunApiForkTest extends LabServerTest {

    static final String EXPERIMENT = "ch09.pi-monte-carlo";
    static final Duration BOUND = Duration.ofSeconds(120);

    @Autowired
    WebTestClient client;

    @Test
    void runsASmokeProfileInARealForkAndStreamsItToTheEnd() {
        String id =
                create(Map.of("workers", List.of(1, 2), "variant", "thread-local-random"), Map.of("profile", "smoke"));

        List<ServerSentEvent<String>> events = events(id, null).collectList().block(BOUND);

        assertThat(events)
                .as("events of run %s, which ended: %s", id, events.getLast().data())
                .extracting(ServerSentEvent::event)
                .startsWith("queued")
                .endsWith("finished");
        assertThat(events).filteredOn(e -> "iteration".equals(e.event())).hasSize(2 * (1 + 2));
        assertThat(events).filteredOn(e -> "result".equals(e.event())).hasSize(2);
        assertThat(events)
                .extracting(e -> Long.parseLong(e.id()))
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, events.size())
                        .boxed()
                        .toList());

        client.get()
                .uri("/api/runs/{id}", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("SUCCEEDED")
                .jsonPath("$.results.length()")
                .isEqualTo(2)
                .jsonPath("$.results[0].params.workers")
                .isEqualTo("1")
                .jsonPath("$.results[0].unit")
                .isEqualTo("ms/op")
                .jsonPath("$.environment.cores")
                .isEqualTo(Runtime.getRuntime().availableProcessors())
                .jsonPath("$.finishedAt")
                .isNotEmpty();

        // The experiment form offers this finished run to anyone asking for exactly these settings.
        client.post()
                .uri("/api/runs/preview")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "experiment",
                        EXPERIMENT,
                        "params",
                        Map.of("workers", "1,2", "variant", "thread-local-random"),
                        "options",
                        Map.of("profile", "smoke")))
                .exchange()
                .expectBody()
                .jsonPath("$.sameSettingsRunId")
                .isEqualTo(id);

        // The lab trained its class caches before the first run started, and the forks use them.
        String run = client.get()
                .uri("/api/runs/{id}", id)
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(run).contains("-XX:AOTCache=").contains("-XX:-AOTReplayTraining");

        // The lab's own figures count this run: its wait, its fork's start, its first iteration,
        // its whole duration, and the events its viewer received.
        String prometheus = client.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(metric(prometheus, "perflab_queue_wait_seconds_count")).isGreaterThanOrEqualTo(1);
        assertThat(metric(prometheus, "perflab_fork_start_seconds_count")).isGreaterThanOrEqualTo(1);
        assertThat(metric(prometheus, "perflab_run_first_iteration_seconds_count"))
                .isGreaterThanOrEqualTo(1);
        assertThat(metric(prometheus, "perflab_run_duration_seconds_count")).isGreaterThanOrEqualTo(1);
        assertThat(metric(prometheus, "perflab_sse_events_total")).isGreaterThanOrEqualTo(events.size());

        String middle = events.get(events.size() - 3).id();
        assertThat(events(id, middle).map(ServerSentEvent::id).collectList().block(BOUND))
                .containsExactly(
                        events.get(events.size() - 2).id(), events.getLast().id());
    }

    /** JMH refuses to start while another JMH holds its lock file in the temporary directory. */
    @Test
    void runsWhileAnotherJmhOnTheMachineHoldsItsLock() throws IOException {
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var lock = channel.tryLock()) {
            assumeTrue(lock != null, "another JMH holds " + lockFile + " already");
            String id = create(Map.of("workers", 1, "variant", "thread-local-random"), Map.of("profile", "smoke"));

            List<ServerSentEvent<String>> events =
                    events(id, null).collectList().block(BOUND);

            assertThat(events)
                    .extracting(ServerSentEvent::event)
                    .contains("result")
                    .endsWith("finished");
        }
    }

    @Test
    void profilesAJfrRunDownToTheBenchmarksOwnMethodsAndExportsTheProfile() {
        String id = create(
                Map.of("workers", 1, "variant", "thread-local-random"),
                Map.of("profile", "smoke", "profiler", "jfr", "measurementIterations", 3));

        List<ServerSentEvent<String>> events = events(id, null).collectList().block(BOUND);

        assertThat(events).extracting(ServerSentEvent::event).endsWith("finished");
        var profiles = events.stream()
                .filter(event -> "profile".equals(event.event()))
                .map(ServerSentEvent::data)
                .toList();
        assertThat(profiles).hasSize(1);
        assertThat(profiles.getFirst()).contains("\"method\":\"Darts.countHits\"");
        client.get()
                .uri("/runs/{id}.json", id)
                .exchange()
                .expectBody()
                .jsonPath("$.events[?(@.type == 'profile')].data.hotMethods[*].method")
                .value(methods -> assertThat(methods.toString()).contains("Darts.countHits"));
    }

    @Test
    void cancelsARunningRunAndLeavesNoProcessBehind() {
        String id = create(
                Map.of("workers", 1, "variant", "thread-local-random"),
                Map.of("profile", "standard", "measurementIterations", 30));

        var firstFork =
                events(id, null).filter(e -> "iteration".equals(e.event())).blockFirst(BOUND);
        assertThat(firstFork).isNotNull();
        assertThat(harnessProcesses()).isNotEmpty();

        client.post().uri("/api/runs/{id}/cancel", id).exchange().expectStatus().isAccepted();

        assertThat(events(id, null).map(ServerSentEvent::event).collectList().block(BOUND))
                .endsWith("cancelled");
        client.get()
                .uri("/api/runs/{id}", id)
                .exchange()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("CANCELLED");
        assertThat(waitUntilGone()).as("processes of the cancelled run").isEmpty();
        client.post().uri("/api/runs/{id}/cancel", id).exchange().expectStatus().isEqualTo(409);
    }

    @Test
    void capsTheRunsOneClientMayHaveWaitingAndCancelsQueuedOnesCleanly() {
        var longRun = Map.<String, Object>of("profile", "standard", "measurementIterations", 30);
        List<String> mine = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(create(Map.of("workers", 1), longRun));
        }

        client.post()
                .uri("/api/runs")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("experiment", EXPERIMENT, "params", Map.of("workers", 1), "options", longRun))
                .exchange()
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .exists("Retry-After")
                .expectBody()
                .jsonPath("$.errors[0].message")
                .value(message -> assertThat((String) message).contains("You already have 3 runs"));

        // The last one is still queued: cancelling it ends it without a process ever starting.
        client.post()
                .uri("/api/runs/{id}/cancel", mine.getLast())
                .exchange()
                .expectStatus()
                .isAccepted();
        assertThat(events(mine.getLast(), null)
                        .map(ServerSentEvent::event)
                        .collectList()
                        .block(BOUND))
                .doesNotContain("started")
                .endsWith("cancelled");
        for (String id : mine.subList(0, 2)) {
            client.post()
                    .uri("/api/runs/{id}/cancel", id)
                    .exchange()
                    .expectStatus()
                    .isAccepted();
        }
        assertThat(waitUntilGone()).as("processes of the cancelled runs").isEmpty();
    }

    @Test
    void rejectsBadInputWithTheFieldAndStartsNothing() {
        // A list where the id belongs is named by its field before the end of the text is reached.
        client.post()
                .uri("/api/runs")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"experiment\": [")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("experiment");
        client.post()
                .uri("/api/runs")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "experiment",
                        EXPERIMENT,
                        "params",
                        Map.of("workers", "0", "variant", "numpy"),
                        "options",
                        Map.of("jvmOptions", List.of("-XX:+UnlockDiagnosticVMOptions"))))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'params.workers')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'params.variant')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'options.jvmOptions')]")
                .exists();
        client.post()
                .uri("/api/runs")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("experiment", "ch99.nothing"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("experiment");
        assertThat(harnessProcesses()).isEmpty();
    }

    /** Conformance: every experiment in the catalog runs its smoke profile to the end in a real fork. */
    @Test
    void everyExperimentsSmokeProfileRunsToResults() {
        List<String> ids = client
                .get()
                .uri("/api/experiments")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody()
                .stream()
                .map(experiment -> (String) experiment.get("id"))
                .toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(3);
        for (String experiment : ids) {
            String id = create(experiment, Map.of(), Map.of("profile", "smoke"));
            var events =
                    events(id, null).map(ServerSentEvent::event).collectList().block(BOUND);
            assertThat(events).as(experiment).endsWith("finished").contains("result");
        }
    }

    @Test
    void answersNotFoundForAnUnknownRun() {
        client.get().uri("/api/runs/nosuchrun").exchange().expectStatus().isNotFound();
        client.get().uri("/api/runs/nosuchrun/events").exchange().expectStatus().isNotFound();
        client.get().uri("/runs/nosuchrun").exchange().expectStatus().isNotFound();
    }

    private String create(Map<String, Object> params, Map<String, Object> options) {
        return create(EXPERIMENT, params, options);
    }

    private String create(String experiment, Map<String, Object> params, Map<String, Object> options) {
        var body = client.post()
                .uri("/api/runs")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("experiment", experiment, "params", params, "options", options))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .exists("Location")
                .expectBody(new ParameterizedTypeReference<Map<String, String>>() {})
                .returnResult()
                .getResponseBody();
        assertThat(body).containsEntry("status", "QUEUED").containsEntry("url", "/runs/" + body.get("id"));
        return body.get("id");
    }

    private Flux<ServerSentEvent<String>> events(String id, String lastEventId) {
        return client.get()
                .uri("/api/runs/{id}/events", id)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .headers(headers -> {
                    if (lastEventId != null) {
                        headers.set("Last-Event-ID", lastEventId);
                    }
                })
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
                .getResponseBody();
    }

    /** JVMs started from this lab's benchmarks jar: the harness and the forks it started. */
    static List<ProcessHandle> harnessProcesses() {
        String jarDir = DATA_DIR.resolve("benchmarks").toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(line -> line.contains(jarDir))
                        .orElse(false))
                .toList();
    }

    private static List<ProcessHandle> waitUntilGone() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<ProcessHandle> left = harnessProcesses();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(100));
            left = harnessProcesses();
        }
        return left;
    }

    /** The value of an untagged series in Prometheus's text format. */
    private static double metric(String prometheus, String name) {
        return prometheus
                .lines()
                .filter(line -> line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(name.length() + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not among the lab's metrics"));
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for processes to end", e);
        }
    }
}
