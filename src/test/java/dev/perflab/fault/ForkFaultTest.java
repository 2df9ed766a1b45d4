package dev.perflab.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lab on the fault-injection benchmarks jar: each fault a measuring JVM can commit ends its run
 * with the reason and the last stderr lines, keeps the iterations measured before it, and leaves no
 * process of the run behind.
 */
@Tag("fork")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT120S")
class ForkFaultTest {

    static final Path FAULT_JAR = Path.of("../experiments/faults/target/perflab-fault-benchmarks.jar");
    static final Path DATA_DIR = dataDir();
    static final Duration RUN_TIMEOUT = Duration.ofSeconds(8);
    static final Duration BOUND = Duration.ofSeconds(90);

    @Autowired
    WebTestClient client;

    private final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void faultLab(DynamicPropertyRegistry registry) {
        registry.add("lab.data-dir", DATA_DIR::toString);
        registry.add("lab.benchmarks-jar", () -> FAULT_JAR.toAbsolutePath().toString());
        registry.add("lab.run-timeout", RUN_TIMEOUT::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "exit,          FAILED,    exit code 3",
        "out-of-memory, FAILED,    OutOfMemoryError",
        "stack-overflow, FAILED,   StackOverflowError",
        "crash,         FAILED,    fatal error has been detected",
        "hang,          TIMED_OUT, Iteration   1:"
    })
    void endsTheRunWithTheReasonKeepsWhatWasMeasuredAndLeavesNoProcess(String fault, String status, String stderrHint) {
        String id = create(Map.of("fault", fault, "healthyIterations", 2));

        List<ServerSentEvent<String>> events = client.get()
                .uri("/api/runs/{id}/events", id)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
                .getResponseBody()
                .collectList()
                .block(BOUND);

        assertThat(events).last().satisfies(last -> assertThat(last.event()).isEqualTo("failed"));
        assertThat(events).filteredOn(e -> "iteration".equals(e.event())).hasSize(2);
        JsonNode run = json.readTree(client.get()
                .uri("/api/runs/{id}", id)
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(run.get("status").asString()).isEqualTo(status);
        assertThat(run.get("error").asString()).contains(stderrHint);
        assertThat(waitUntilNoProcessOfTheLab()).as("processes left by the run").isEmpty();
    }

    private String create(Map<String, Object> params) {
        return client.post()
                .uri("/api/runs")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "experiment", "ch12.test-faults", "params", params, "options", Map.of("profile", "smoke")))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, String>>() {})
                .returnResult()
                .getResponseBody()
                .get("id");
    }

    /** JVMs started on the fault jar: the harness and the forks it started. */
    private static List<ProcessHandle> processesOfTheLab() {
        String jar = FAULT_JAR.toAbsolutePath().toString();
        return ProcessHandle.allProcesses()
                .filter(p ->
                        p.info().commandLine().map(line -> line.contains(jar)).orElse(false))
                .toList();
    }

    private static List<ProcessHandle> waitUntilNoProcessOfTheLab() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<ProcessHandle> left = processesOfTheLab();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            left = processesOfTheLab();
        }
        return left;
    }

    private static Path dataDir() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "fault-lab-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
