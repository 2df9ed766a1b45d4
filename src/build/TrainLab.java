import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Trains the lab's JDK AOT cache for the README's start command: starts the lab with
 * {@code -XX:AOTCacheOutput}, asks for its health and the pages a first visitor asks for, then
 * stops it; the JVM writes the cache as it exits. Stopping at the end of Spring's start instead
 * ({@code spring.context.exit=onRefresh}) left out every class that serving a request needs, and
 * the lab's first answer took twice as long to come.
 *
 * <p>Usage: {@code java src/build/TrainLab.java LAB_JAR CACHE DATA_DIR}; the lab runs on the JDK
 * that runs this, as it will when started with the cache.
 */
public class TrainLab {

    private static final Duration START_LIMIT = Duration.ofMinutes(2);

    public static void main(String[] args) throws Exception {
        Path labJar = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        Path data = Path.of(args[2]);
        String java = ProcessHandle.current().info().command().orElse("java");
        int port = freePort();
        Files.deleteIfExists(cache);
        deleteTree(data);
        Files.createDirectories(data);
        // Its own log, not the build's: its "ready" line would name a port nobody should open.
        Path log = data.resolve("training.log");
        Process lab = new ProcessBuilder(
                        java,
                        "-XX:AOTCacheOutput=" + cache,
                        "-Dspring.aot.enabled=true",
                        "-jar",
                        labJar.toString(),
                        "--server.port=" + port,
                        "--lab.data-dir=" + data,
                        "--lab.class-caches=false")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            var http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            awaitHealthy(http, base, lab, log);
            String experiments = get(http, base + "/api/experiments");
            var firstId = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(experiments);
            List<String> pages = firstId.find()
                    ? List.of("/", "/experiments/" + firstId.group(1), "/runs", "/actuator/prometheus")
                    : List.of("/", "/runs", "/actuator/prometheus");
            // As a browser asks: compressed, so the cache holds what compressing answers needs too.
            for (int round = 0; round < 3; round++) {
                for (String page : pages) {
                    send(http, HttpRequest.newBuilder(URI.create(base + page)).header("Accept-Encoding", "gzip"));
                }
            }
        } finally {
            lab.destroy();
        }
        if (!lab.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            lab.destroyForcibly();
            throw new IllegalStateException("the lab did not stop within " + START_LIMIT);
        }
        if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
            throw new IllegalStateException("the lab stopped without writing its AOT cache " + cache + "; see " + log);
        }
        System.out.printf("The lab's AOT cache is in %s (%d MB)%n", cache, Files.size(cache) >> 20);
    }

    private static void awaitHealthy(HttpClient http, String base, Process lab, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!lab.isAlive()) {
                throw new IllegalStateException(
                        "the lab exited while starting, status " + lab.exitValue() + "; see " + log);
            }
            try {
                get(http, base + "/actuator/health");
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the lab was not healthy within " + START_LIMIT);
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        return send(http, HttpRequest.newBuilder(URI.create(url)));
    }

    private static String send(HttpClient http, HttpRequest.Builder request) throws IOException, InterruptedException {
        var sent = request.timeout(Duration.ofSeconds(30)).build();
        var response = http.send(sent, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(sent.uri() + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** The data of an earlier training: each starts on an empty data directory, as a first start does. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
