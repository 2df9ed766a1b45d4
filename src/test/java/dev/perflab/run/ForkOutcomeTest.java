package dev.perflab.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.fork.ForkOutput;
import dev.perflab.protocol.HarnessEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForkOutcomeTest {

    private final ForkOutcome outcome = new ForkOutcome();

    @Test
    void succeedsWhenTheHarnessExitsCleanly() {
        outcome.checkProtocol(new HarnessEvent.Hello(HarnessEvent.PROTOCOL_VERSION, "1.37"));
        outcome.exited(new ForkOutput.Exited(0, List.of()));
        assertThat(outcome.verdict(Duration.ofMinutes(1)).status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void failsWithTheExitStatusAndStderrTail() {
        outcome.exited(new ForkOutput.Exited(1, List.of("java.lang.IllegalStateException: π estimate off")));
        var verdict = outcome.verdict(Duration.ofMinutes(1));
        assertThat(verdict.status()).isEqualTo(RunStatus.FAILED);
        assertThat(verdict.reason()).contains("status 1");
        assertThat(verdict.stderrTail()).containsExactly("java.lang.IllegalStateException: π estimate off");
    }

    @Test
    void timesOutWhenTheHarnessNeverExitedWithTheLastStderrLines() {
        outcome.log("# Warmup Iteration   1: 3.5 ms/op");
        var verdict = outcome.verdict(Duration.ofMinutes(15));
        assertThat(verdict.status()).isEqualTo(RunStatus.TIMED_OUT);
        assertThat(verdict.reason()).contains("15 min");
        assertThat(verdict.stderrTail()).containsExactly("# Warmup Iteration   1: 3.5 ms/op");
    }

    @Test
    void failsAMalformedStreamEvenIfTheExitWasClean() {
        outcome.malformed("not a harness event: hello?");
        outcome.exited(new ForkOutput.Exited(0, List.of()));
        assertThat(outcome.verdict(Duration.ofMinutes(1)).status()).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void failsAHarnessOfAnotherProtocolVersion() {
        outcome.checkProtocol(new HarnessEvent.Hello(HarnessEvent.PROTOCOL_VERSION + 1, "1.37"));
        outcome.exited(new ForkOutput.Exited(0, List.of()));
        assertThat(outcome.verdict(Duration.ofMinutes(1)).reason()).contains("protocol");
    }

    @Test
    void knowsWhichStatusesEndARun() {
        assertThat(List.of(RunStatus.values()).stream().filter(RunStatus::isTerminal))
                .containsExactly(
                        RunStatus.SUCCEEDED,
                        RunStatus.FAILED,
                        RunStatus.CANCELLED,
                        RunStatus.TIMED_OUT,
                        RunStatus.INTERRUPTED);
        assertThat(RunStatus.TIMED_OUT.terminalEventType()).isEqualTo("failed");
        assertThat(RunStatus.CANCELLED.terminalEventType()).isEqualTo("cancelled");
    }
}
