package dev.perflab.fork;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.protocol.HarnessEvent;
import dev.perflab.protocol.RunSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real child JVM playing a harness that prints unknown and malformed lines. */
class ForkLauncherTest {

    @TempDir
    Path workDir;

    @Test
    void reportsUnknownAndMalformedLinesThenTheExitWithTheStderrTail() {
        var launcher = new ForkLauncher(
                System.getProperty("java.class.path"),
                List.of("-Xmx64m"),
                workDir,
                ScriptedHarness.class.getName(),
                ClassCaches.none());
        var spec = new RunSpec("a.B", Map.of("n", List.of("1")), 1, 0, 1, 10, List.of("-Xmx64m"), List.of());

        List<ForkOutput> outputs = launcher.launch(spec).collectList().block(Duration.ofSeconds(30));

        // stdout and stderr are read apart, so only each stream's own order is fixed.
        assertThat(outputs)
                .filteredOn(ForkOutput.Event.class::isInstance)
                .singleElement()
                .satisfies(output ->
                        assertThat(((ForkOutput.Event) output).event()).isInstanceOf(HarnessEvent.Hello.class));
        assertThat(outputs)
                .filteredOn(ForkOutput.Malformed.class::isInstance)
                .map(output -> ((ForkOutput.Malformed) output).line())
                .containsExactly(
                        "{\"type\":\"surprise\",\"score\":1}",
                        "Hello from a benchmark that printed to the wrong stream");
        assertThat(outputs).last().isInstanceOf(ForkOutput.Exited.class);
        var exited = (ForkOutput.Exited) outputs.getLast();
        assertThat(exited.status()).isEqualTo(7);
        assertThat(exited.stderrTail()).singleElement().asString().startsWith("read a spec of ");
    }

    @Test
    void startsTheHarnessWithAFixedCommandLineThatHoldsNothingFromARun() {
        var launcher = new ForkLauncher(
                Path.of("/lab/benchmarks.jar"),
                List.of("-Xmx128m", "-XX:TieredStopAtLevel=1"),
                workDir,
                ClassCaches.none());

        // command() takes no run: the spec can only reach the harness on its stdin. JVM log
        // lines go to stderr, so stdout carries only the harness's events.
        assertThat(launcher.command(List.of()))
                .containsExactly(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx128m",
                        "-XX:TieredStopAtLevel=1",
                        "-Xlog:disable",
                        "-Xlog:all=warning:stderr",
                        "-cp",
                        "/lab/benchmarks.jar",
                        ForkLauncher.HARNESS_MAIN);
    }
}
