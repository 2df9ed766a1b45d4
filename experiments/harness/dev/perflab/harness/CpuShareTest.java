package dev.perflab.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CpuShareTest {

    @Test
    void readsBusyAndAllTicksOfEveryCoreFromProcStat() {
        var share = CpuShare.fromStat(
                List.of(
                        "cpu  100 5 20 800 30 1 2 7 0 0",
                        "cpu0 50 5 10 400 15 1 1 3 0 0",
                        "cpu1 50 0 10 400 15 0 1 4 0 0",
                        "intr 12345"),
                42);

        assertThat(share.cores()).isEqualTo(2);
        assertThat(share.machineBusy()).isEqualTo(100 + 5 + 20 + 1 + 2 + 7);
        assertThat(share.machineTotal()).isEqualTo(100 + 5 + 20 + 800 + 30 + 1 + 2 + 7);
        assertThat(share.own()).isEqualTo(42);
    }

    @Test
    void addsAProcesssUserAndSystemTicksWithItsReapedChildrensEvenWhenItsNameHasSpaces() {
        String stat = "4242 (java (worker) 1) S 1 4242 4242 0 -1 4194560 9 0 0 0 120 30 7 3 20 0 12 0 99 0";

        assertThat(CpuShare.ticksOfStat(stat)).isEqualTo(120 + 30 + 7 + 3);
    }

    @Test
    void othersAreTheMachinesBusyTicksBeyondOurOwnAsCores() {
        var before = new CpuShare(2, 1_000, 4_000, 300);
        var after = new CpuShare(2, 1_150, 4_400, 350);

        // 150 busy ticks, 50 of them ours, out of 400 ticks of two cores: half a core was someone else's.
        assertThat(before.othersCoresUntil(after)).isCloseTo(0.5, within(1e-9));
        assertThat(before.othersCoresUntil(new CpuShare(2, 1_010, 4_400, 400))).isZero();
        assertThat(before.othersCoresUntil(before)).isNaN();
    }

    @Test
    void countsTheCpuOfProcessesThisJvmStartedAsItsOwn() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/stat")), "needs Linux's /proc");
        var first = CpuShare.read();
        Process busy = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        try {
            Thread.sleep(Duration.ofMillis(1500));
            long childTicks = CpuShare.processTicks(busy.pid());
            var second = CpuShare.read();

            assertThat(childTicks).as("the busy child ran").isPositive();
            assertThat(second.own() - first.own()).isGreaterThanOrEqualTo(childTicks);
            assertThat(second.cores()).isPositive();
        } finally {
            busy.destroyForcibly().waitFor();
        }
    }
}
