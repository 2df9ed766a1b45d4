package dev.perflab.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lab as a separate process: killed with SIGKILL mid-run, its forks go with it and the next
 * start ends the running and the queued run INTERRUPTED with every event they had recorded; started
 * without its database, it says so and exits.
 */
@Tag("fork")
class LabProcessTest {

    static final Pattern READY = Pattern.compile("perflab is ready: open http://localhost:(\\d+)/");
    static final String LONG_RUN = "{\"experiment\":\"ch09.pi-monte-carlo\",\"params\":{\"workers\":1},"
            + "\"options\":{\"profile\":\"standard\",\"measurementIterations\":30}}";

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private Process lab;

    @AfterEach
    void stopLab() {
        if (lab != null) {
            lab.descendants().forEach(ProcessHandle::destroyForcibly);
            lab.destroyForcibly();
        }
    }

    @Test
    void interruptsTheRunningAndQueuedRunsKeepingTheirEventsAndLeavesNoFork() throws Exception {
        int port = start();
        String running = post(port, LONG_RUN);
        String queued = post(port, LONG_RUN);
        awaitIteration(port, running);
        List<ProcessHandle> forks = lab.descendants().toList();
        assertThat(forks).isNotEmpty();
        long iterationsBefore = iterations(port, running);

        lab.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        assertThat(awaitGone(forks)).as("forks of the killed lab still alive").isEmpty();
        port = start();
        JsonNode runningRun = get(port, "/api/runs/" + running);
        assertThat(runningRun.get("status").asString()).isEqualTo("INTERRUPTED");
        assertThat(runningRun.get("error").asString()).contains("while this run was running");
        assertThat(iterations(port, running)).isGreaterThanOrEqualTo(iterationsBefore);
        JsonNode queuedRun = get(port, "/api/runs/" + queued);
        assertThat(queuedRun.get("status").asString()).isEqualTo("INTERRUPTED");
        assertThat(queuedRun.get("error").asString()).contains("while this run was queued");
    }

    @Test
    void aNormalShutdownEndsTheRunningRunWithTheReasonAndItsForks() throws Exception {
        int port = start();
        String running = post(port, LONG_RUN);
        awaitIteration(port, running);
        List<ProcessHandle> forks = lab.descendants().toList();

        lab.destroy();

        assertThat(lab.waitFor(30, TimeUnit.SECONDS))
                .as("the lab stopped on SIGTERM")
                .isTrue();
        assertThat(awaitGone(forks)).as("forks of the stopped lab still alive").isEmpty();
        port = start();
        JsonNode run = get(port, "/api/runs/" + running);
        assertThat(run.get("status").asString()).isEqualTo("INTERRUPTED");
        assertThat(run.get("error").asString()).contains("shut down during this run");
        assertThat(iterations(port, running)).isPositive();
    }

    @Test
    void refusesToStartWithoutItsDatabaseInWordsNotAStackTrace() throws Exception {
        var builder = labCommand().redirectErrorStream(true);
        builder.environment()
                .putAll(java.util.Map.of("SPRING_PROFILES_ACTIVE", "postgres", "PGHOST", "127.0.0.1", "PGPORT", "1"));
        lab = builder.start();

        String output = new String(lab.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(lab.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(lab.exitValue()).isNotZero();
        assertThat(output).contains("perflab cannot reach its database").contains("PGHOST");
        assertThat(output).doesNotContain("\tat org.");
    }

    private ProcessBuilder labCommand() {
        return new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.perflab.PerflabApplication",
                "--server.port=0",
                // These tests are about processes and data; training class caches first only delays them.
                "--lab.class-caches=false",
                "--lab.data-dir=" + data);
    }

    /** Starts the lab on the test class path with this test's data directory; returns its port. */
    private int start() throws IOException, InterruptedException {
        Files.createDirectories(data);
        lab = labCommand().redirectErrorStream(true).start();
        var port = new CompletableFuture<Integer>();
        Thread.ofVirtual().start(() -> readUntilReady(port));
        try {
            return port.get(90, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the lab did not start", e);
        }
    }

    private void readUntilReady(CompletableFuture<Integer> port) {
        try (var out = new BufferedReader(new InputStreamReader(lab.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher ready = READY.matcher(line);
                if (ready.find()) {
                    port.complete(Integer.parseInt(ready.group(1)));
                }
            }
        } catch (IOException e) {
            // The process was killed: its output ends here.
        }
        port.completeExceptionally(new IllegalStateException("the lab's output ended before it was ready"));
    }

    private String post(int port, String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/runs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return json.readTree(
                        http.send(request, HttpResponse.BodyHandlers.ofString()).body())
                .get("id")
                .asString();
    }

    private JsonNode get(int port, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build();
        return json.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private long iterations(int port, String id) throws IOException, InterruptedException {
        JsonNode events = get(port, "/runs/" + id + ".json").get("events");
        return events.valueStream()
                .filter(event -> event.get("type").asString().equals("iteration"))
                .count();
    }

    private void awaitIteration(int port, String id) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (iterations(port, id) == 0) {
            assertThat(System.nanoTime()).as("no iteration within 60 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static List<ProcessHandle> awaitGone(List<ProcessHandle> processes) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<ProcessHandle> alive =
                processes.stream().filter(ProcessHandle::isAlive).toList();
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            alive = alive.stream().filter(ProcessHandle::isAlive).toList();
        }
        return alive;
    }
}
