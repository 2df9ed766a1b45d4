package dev.perflab.run;

import dev.perflab.fork.ForkOutput;
import dev.perflab.protocol.HarnessEvent;
import java.time.Duration;
import java.util.List;

/** What a fork did, gathered while its output streams by, and the run status that follows. */
final class ForkOutcome {

    private ForkOutput.Exited exit;
    private String problem;
    private String jmhVersion;

    record Verdict(RunStatus status, String reason, List<String> stderrTail) {}

    void checkProtocol(HarnessEvent.Hello hello) {
        jmhVersion = hello.jmhVersion();
        if (hello.protocol() != HarnessEvent.PROTOCOL_VERSION) {
            problem =
                    "the harness speaks protocol " + hello.protocol() + ", the server " + HarnessEvent.PROTOCOL_VERSION;
        }
    }

    /** The JMH version the harness announced, or null before its hello. */
    String jmhVersion() {
        return jmhVersion;
    }

    void malformed(String why) {
        if (problem == null) {
            problem = "the harness printed a line that is not an event (" + why + ")";
        }
    }

    void exited(ForkOutput.Exited exited) {
        this.exit = exited;
    }

    Verdict verdict(Duration timeout) {
        if (exit == null) {
            return new Verdict(
                    RunStatus.TIMED_OUT,
                    "the run passed the lab's time limit of " + timeout.toMinutes() + " min and was stopped",
                    List.of());
        }
        if (problem != null) {
            return new Verdict(RunStatus.FAILED, problem, exit.stderrTail());
        }
        if (exit.status() != 0) {
            return new Verdict(
                    RunStatus.FAILED, "the benchmark JVM exited with status " + exit.status(), exit.stderrTail());
        }
        return new Verdict(RunStatus.SUCCEEDED, null, List.of());
    }
}
