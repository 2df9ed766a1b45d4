package dev.perflab.fork;

import dev.perflab.protocol.ProtocolCodec;
import dev.perflab.protocol.RunSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ahead-of-time class caches (JDK 25's {@code -XX:AOTCache}) for the JMH host and for the
 * measuring JVMs, so that neither reads, verifies and links the same few thousand classes of the
 * JDK, JMH and the lab at every start. The lab trains them once per benchmarks jar and JDK: a
 * short run of the harness's {@code Training} benchmark with both JVMs recording the classes they
 * load, then the JDK assembles each cache. Until that is done, or if it fails, the JVMs start
 * without a cache, as they would anyway.
 *
 * <p>The measuring JVMs replay no training profile ({@code -XX:-AOTReplayTraining}): the cache
 * changes how fast a fork starts, never what the JIT makes of a benchmark.
 */
public final class ClassCaches {

    private static final Logger log = LoggerFactory.getLogger(ClassCaches.class);

    static final String TRAINING_BENCHMARK = "dev.perflab.harness.Training";
    /** JVM log lines go to stderr: the host's stdout carries events only. */
    public static final List<String> QUIET = List.of("-Xlog:disable", "-Xlog:all=warning:stderr");

    private static final Duration STEP_LIMIT = Duration.ofMinutes(3);

    private final Path dir;
    private final String key;
    private final boolean enabled;
    private volatile boolean ready;

    /**
     * @param dir where the caches live, beside the benchmarks jar they belong to
     * @param enabled false makes every JVM start without a cache and {@link #train} do nothing
     */
    public ClassCaches(Path dir, Path benchmarksJar, boolean enabled) {
        // Absolute: the training's JVMs run in other working directories than the lab's.
        this.dir = dir.toAbsolutePath();
        String jar = benchmarksJar.getFileName().toString().replaceFirst("\\.jar$", "");
        this.key = jar + "-jdk" + Runtime.version().toString().replaceAll("[^A-Za-z0-9.]", "_");
        this.enabled = enabled;
        this.ready = enabled && Files.isRegularFile(host()) && Files.isRegularFile(fork());
    }

    /** Caches that are never trained: every JVM starts without one. */
    public static ClassCaches none() {
        return new ClassCaches(Path.of("."), Path.of("none.jar"), false);
    }

    public boolean ready() {
        return ready;
    }

    Path host() {
        return dir.resolve(key + "-host.aot");
    }

    Path fork() {
        return dir.resolve(key + "-fork.aot");
    }

    /** Arguments the host JVM adds: its cache, once trained. */
    List<String> hostArgs() {
        return ready ? List.of("-XX:AOTCache=" + host()) : List.of();
    }

    /** Arguments every measuring JVM adds: its cache, once trained, without training profiles. */
    public List<String> forkArgs() {
        if (!ready) {
            return List.of();
        }
        List<String> args = new ArrayList<>(QUIET);
        args.addAll(List.of("-XX:AOTCache=" + fork(), "-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTReplayTraining"));
        return args;
    }

    /**
     * Records and assembles both caches, blocking; afterwards {@link #ready} says whether it worked.
     * Nothing of a failed attempt is left but its log, and runs go on without caches.
     *
     * @param launcher the launcher whose host JVM (java, arguments, class path) is cached
     * @param forkBaseArgs the arguments every measuring JVM gets before a run's own
     */
    public void train(ForkLauncher launcher, List<String> forkBaseArgs) {
        if (!enabled || ready) {
            return;
        }
        Path hostConfig = dir.resolve(key + "-host.aotconf");
        Path forkConfig = dir.resolve(key + "-fork.aotconf");
        Path output = dir.resolve(key + "-training.log");
        try {
            Files.createDirectories(dir);
            List<String> forkRecord = new ArrayList<>(forkBaseArgs);
            forkRecord.addAll(QUIET);
            forkRecord.addAll(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + forkConfig));
            var spec = new RunSpec(TRAINING_BENCHMARK, Map.of(), 1, 1, 2, 100, forkRecord, List.of());
            List<String> hostRecord =
                    launcher.command(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + hostConfig));
            run(hostRecord, new ProtocolCodec().encodeSpec(spec), launcher.workDir(), output);

            Path hostPart = dir.resolve(key + "-host.aot.part");
            Path forkPart = dir.resolve(key + "-fork.aot.part");
            run(launcher.javaWith(launcher.hostJvmArgs(), create(hostConfig, hostPart)), "", dir, output);
            run(launcher.javaWith(forkBaseArgs, create(forkConfig, forkPart)), "", dir, output);
            Files.move(hostPart, host(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.move(forkPart, fork(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            ready = true;
            log.info("Class caches for the benchmark JVMs are ready in {}", dir);
        } catch (IOException | TrainingFailed e) {
            log.warn("Runs start their JVMs without class caches: {} (see {})", e.getMessage(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(hostConfig);
            deleteQuietly(forkConfig);
        }
    }

    private static List<String> create(Path config, Path cache) {
        List<String> args = new ArrayList<>(QUIET);
        args.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + config, "-XX:AOTCache=" + cache));
        return args;
    }

    private static void run(List<String> command, String stdin, Path directory, Path output)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                .start();
        try {
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(STEP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new TrainingFailed("a step took longer than " + STEP_LIMIT.toMinutes() + " minutes");
            }
            if (process.exitValue() != 0) {
                throw new TrainingFailed("a step exited with status " + process.exitValue());
            }
        } finally {
            ProcessTree.kill(process);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("could not delete {}", file, e);
        }
    }

    private static final class TrainingFailed extends RuntimeException {
        TrainingFailed(String message) {
            super(message);
        }
    }
}
