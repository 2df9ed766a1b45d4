package dev.perflab.fork;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.catalog.BenchmarksJar;
import dev.perflab.protocol.HarnessEvent;
import dev.perflab.protocol.RunSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training the class caches on the real benchmarks jar, then real JVMs that must use them. */
@Tag("fork")
class ClassCachesTest {

    private static final List<String> FORK_HEAP = List.of("-Xms256m", "-Xmx256m");

    @TempDir
    Path dir;

    @Test
    void trainsCachesThatTheHostAndTheForksFitAndRunsWithThem() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        var jar = BenchmarksJar.extractTo(dir.resolve("jar"));
        // Relative, as the lab's default ./data is: the training JVMs run in other directories.
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("caches"));
        var caches = new ClassCaches(relative, jar.path(), true);
        var hostArgs = ForkLauncher.hostJvmArgs("128m", work);
        var launcher = new ForkLauncher(jar.path(), hostArgs, work, caches);
        assertThat(caches.ready()).isFalse();
        assertThat(caches.forkArgs()).isEmpty();

        caches.train(launcher, FORK_HEAP);

        assertThat(caches.ready()).isTrue();
        assertThat(caches.forkArgs()).contains("-XX:AOTCache=" + caches.fork(), "-XX:-AOTReplayTraining");
        assertThat(launcher.command(List.of())).contains("-XX:AOTCache=" + caches.host());
        // With -XX:AOTMode=on a JVM refuses to start unless the cache fits its class path and flags.
        assertThat(exitStatus(launcher.javaWith(hostArgs, withStrict(caches.hostArgs()))))
                .as("the host's cache fits the host")
                .isEqualTo("0");
        List<String> forkArgs = new ArrayList<>(FORK_HEAP);
        forkArgs.addAll(caches.forkArgs());
        assertThat(exitStatus(launcher.javaWith(forkArgs, withStrict(List.of()))))
                .as("the forks' cache fits the forks")
                .isEqualTo("0");
        Path elsewhere = Files.copy(
                jar.path(), Files.createDirectories(dir.resolve("elsewhere")).resolve("copy.jar"));
        var onAnotherClassPath = new ForkLauncher(elsewhere, hostArgs, work, ClassCaches.none());
        assertThat(exitStatus(onAnotherClassPath.javaWith(hostArgs, withStrict(caches.hostArgs()))))
                .as("a cache that does not fit is refused, so the checks above could fail")
                .startsWith("1: ");

        var spec = new RunSpec(
                "dev.perflab.experiments.ch09.pi.PiMonteCarlo",
                Map.of(
                        "workers",
                        List.of("1"),
                        "samples",
                        List.of("100000"),
                        "variant",
                        List.of("thread-local-random")),
                1,
                1,
                2,
                50,
                forkArgs,
                List.of());
        List<ForkOutput> outputs = launcher.launch(spec).collectList().block(Duration.ofMinutes(3));

        assertThat(outputs).noneMatch(ForkOutput.Malformed.class::isInstance);
        assertThat(outputs)
                .filteredOn(output ->
                        output instanceof ForkOutput.Event event && event.event() instanceof HarnessEvent.Result)
                .hasSize(1);
        assertThat(((ForkOutput.Exited) outputs.getLast()).status()).isZero();
        assertThat(new ClassCaches(dir.resolve("caches"), jar.path(), true).ready())
                .as("a lab started again on the same data finds its caches")
                .isTrue();
    }

    @Test
    void aDisabledCacheIsNeverTrainedNorUsed() {
        var jar = BenchmarksJar.extractTo(dir.resolve("jar"));
        var caches = new ClassCaches(dir.resolve("caches"), jar.path(), false);
        var launcher = new ForkLauncher(jar.path(), List.of("-Xmx128m"), dir, caches);

        caches.train(launcher, FORK_HEAP);

        assertThat(caches.ready()).isFalse();
        assertThat(dir.resolve("caches")).doesNotExist();
        assertThat(launcher.command(List.of())).noneMatch(arg -> arg.startsWith("-XX:AOT"));
    }

    private static List<String> withStrict(List<String> cacheArgs) {
        List<String> args = new ArrayList<>(cacheArgs);
        args.add("-XX:AOTMode=on");
        return args;
    }

    /** The exit status of {@code command}, or its output when it is not 0. */
    private static String exitStatus(List<String> javaOnClassPath) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(javaOnClassPath);
        command.add("-version");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("still running: " + command);
        }
        return process.exitValue() == 0 ? "0" : process.exitValue() + ": " + command + "\n" + output;
    }
}
