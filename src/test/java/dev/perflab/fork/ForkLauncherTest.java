package dev.perflab.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForkLauncherTest {

    @Test
    void startsTheHarnessWithAFixedCommandLineThatHoldsNothingFromARun() {
        var launcher = new ForkLauncher(Path.of("/lab/benchmarks.jar"), List.of("-Xmx128m", "-XX:TieredStopAtLevel=1"));

        // command() takes no run: the spec can only reach the harness on its stdin.
        assertThat(launcher.command())
                .containsExactly(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx128m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        "/lab/benchmarks.jar",
                        ForkLauncher.HARNESS_MAIN);
    }
}
