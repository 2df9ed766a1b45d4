package dev.perflab.experiments.ch10.pi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PiWorkersTest {

    private static final long SAMPLES = 2_000_000;

    @Test
    void threadsEstimatePiWithinTolerance() throws Exception {
        try (PiWorkers threads = PiWorkers.Threads.start(3)) {
            PiWorkers.Estimate estimate = threads.estimate(SAMPLES, new SplittableRandom(7));
            assertThat(estimate.pi()).isCloseTo(Math.PI, Offset.offset(DartTask.tolerance(SAMPLES)));
            assertThat(estimate.slowestComputeNanos()).isPositive();
        }
    }

    @Test
    void clusterMembersGiveTheEstimateThreadsGiveFromTheSameSeeds() throws Exception {
        double onThreads;
        try (PiWorkers threads = PiWorkers.Threads.start(2)) {
            onThreads = threads.estimate(SAMPLES, new SplittableRandom(11)).pi();
        }
        try (PiWorkers.Cluster cluster = PiWorkers.Cluster.start(2)) {
            assertThat(cluster.members()).hasSize(2).doesNotHaveDuplicates();
            PiWorkers.Estimate estimate = cluster.estimate(SAMPLES, new SplittableRandom(11));
            assertThat(estimate.pi()).isEqualTo(onThreads);
            assertThat(estimate.pi()).isCloseTo(Math.PI, Offset.offset(DartTask.tolerance(SAMPLES)));
            assertThat(estimate.slowestComputeNanos()).isPositive();
        }
    }

    @ParameterizedTest
    @CsvSource({"7,3", "50000000,3", "5,8", "1,1"})
    void sharesAddUpToEverySample(long samples, int workers) {
        long thrown = 0;
        for (int worker = 0; worker < workers; worker++) {
            thrown += DartTask.share(samples, workers, worker);
        }
        assertThat(thrown).isEqualTo(samples);
    }

    @Test
    void countsOnlyDartsInsideTheQuarterCircle() {
        assertThat(DartTask.countInside(new SplittableRandom(1), 0)).isZero();
        long inside = DartTask.countInside(new SplittableRandom(1), 1000);
        assertThat(inside).isBetween(700L, 870L);
    }

    @Test
    void toleranceShrinksWithTheSquareRootOfSamples() {
        assertThat(DartTask.tolerance(100) / DartTask.tolerance(10_000)).isCloseTo(10.0, Offset.offset(1e-9));
    }

    @Test
    void iterationSharesAddUpToTheFigure() {
        assertThat(PiCounters.iterationShare(30, 2, 3) * 6).isCloseTo(30, Offset.offset(1e-12));
    }

    @Test
    void rejectsUnknownPlacement() {
        assertThatThrownBy(() -> Placement.of("cloud")).isInstanceOf(IllegalArgumentException.class);
    }
}
