package dev.perflab.run;

import dev.perflab.fork.ForkOutput;
import dev.perflab.fork.StderrTail;
import dev.perflab.protocol.HarnessEvent;
import java.time.Duration;
import java.util.List;

/** What a fork did, gathered while its output streams by, and the run status that follows. */
final class ForkOutcome {

    private static final int STDERR_TAIL_LINES = 40;

    private final StderrTail stderr = new StderrTail(STDERR_TAIL_LINES);
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

    /** A line of the harness's stderr: kept for the report if the run is stopped without an exit. */
    void log(String line) {
        stderr.add(line);
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
                    "the run passed the lab's time limit of " + RunRequestCheck.words(timeout) + " and was stopped",
                    stderr.lines());
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
