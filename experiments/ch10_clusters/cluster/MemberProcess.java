package dev.perflab.experiments.ch10.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One member JVM: started on this JVM's java and class path, its stderr kept in a file for failures. */
final class MemberProcess {

    /** Members need little heap; a bound keeps several of them from crowding a small machine. */
    private static final List<String> JVM_ARGS = List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC");

    private static final long READY_TIMEOUT_SECONDS = 60;

    private final Process process;
    private final Path stderr;
    private final CompletableFuture<String> readyLine;

    private MemberProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.readyLine = CompletableFuture.supplyAsync(
                () -> readLine(out), runnable -> Thread.ofVirtual().start(runnable));
    }

    static MemberProcess start(String clusterName, int port, List<Integer> ports) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(JVM_ARGS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ClusterMemberMain.class.getName());
        command.add(clusterName);
        command.add(Integer.toString(port));
        ports.forEach(p -> command.add(Integer.toString(p)));
        Path stderr = Files.createTempFile("perflab-member-", ".log");
        Process process =
                new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        return new MemberProcess(process, stderr);
    }

    void awaitReady() throws InterruptedException {
        String line;
        try {
            line = readyLine.get(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            kill();
            throw new IllegalStateException("member " + process.pid() + " did not join: " + stderrTail(), e);
        }
        if (line == null || !line.startsWith(ClusterMemberMain.READY)) {
            kill();
            throw new IllegalStateException(
                    "member " + process.pid() + " said " + line + " instead of joining: " + stderrTail());
        }
    }

    void kill() {
        process.destroyForcibly();
    }

    void awaitExit() throws InterruptedException {
        process.waitFor(30, TimeUnit.SECONDS);
        try {
            Files.deleteIfExists(stderr);
        } catch (IOException notDeleted) {
            // A leftover log in the temporary directory harms nothing.
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    private String stderrTail() {
        try {
            List<String> lines = Files.readAllLines(stderr);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(its stderr could not be read: " + e.getMessage() + ")";
        }
    }

    private static String readLine(BufferedReader out) {
        try {
            return out.readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
