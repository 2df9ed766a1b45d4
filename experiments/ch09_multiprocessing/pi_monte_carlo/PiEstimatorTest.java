package dev.perflab.experiments.ch09.pi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perflab.experiments.ch09.processpool.ProcessPool;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PiEstimatorTest {

    private static final int WORKERS = 3;

    /** Worker JVMs cost a start-up each: one pool serves every test here. */
    private static ProcessPool processes;

    private final ExecutorService threads = Executors.newFixedThreadPool(WORKERS);

    @BeforeAll
    static void startProcesses() {
        processes = ProcessPool.start(WORKERS);
    }

    @AfterAll
    static void stopProcesses() {
        processes.close();
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private PiEstimator estimator(PiEstimator.Variant variant, long seed) {
        return variant == PiEstimator.Variant.PROCESS_POOL
                ? PiEstimator.onProcesses(processes, seed)
                : PiEstimator.onThreads(threads, WORKERS, variant, seed);
    }

    @ParameterizedTest
    @EnumSource(PiEstimator.Variant.class)
    void estimatesPiWithinTolerance(PiEstimator.Variant variant) throws Exception {
        long samples = 2_000_000;
        var estimate = estimator(variant, 42).estimate(samples);
        assertThat(estimate.pi()).isCloseTo(Math.PI, Offset.offset(PiEstimator.tolerance(samples)));
        assertThat(estimate.seeds()).hasSize(WORKERS);
    }

    @ParameterizedTest
    @EnumSource(value = PiEstimator.Variant.class, names = "SHARED_RANDOM", mode = EnumSource.Mode.EXCLUDE)
    void countsTheSameHitsAgainFromTheSameSeeds(PiEstimator.Variant variant) throws Exception {
        long samples = 1_000_001;
        var first = estimator(variant, 7).estimate(samples);
        var again = estimator(variant, 7).estimate(samples);
        assertThat(again.seeds()).containsExactly(first.seeds());
        assertThat(again.hits()).isEqualTo(first.hits());
        assertThat(PiEstimator.replay(variant, first)).isEqualTo(first.hits());
    }

    @Test
    void drawsNewSeedsForEveryEstimate() throws Exception {
        var estimator = estimator(PiEstimator.Variant.SPLITTABLE_RANDOM, 7);
        var first = estimator.estimate(1_000);
        assertThat(estimator.estimate(1_000).seeds()).doesNotContain(first.seeds());
    }

    @Test
    void workerProcessesCountTheSameHitsAsThreadsWithTheirOwnRandom() throws Exception {
        long samples = 3_000_000;
        var inProcesses = estimator(PiEstimator.Variant.PROCESS_POOL, 11).estimate(samples);
        var onThreads = estimator(PiEstimator.Variant.THREAD_LOCAL_RANDOM, 11).estimate(samples);
        assertThat(inProcesses.hits()).isEqualTo(onThreads.hits());
    }

    @ParameterizedTest
    @CsvSource({"1, 0", "1, 1", "2, 1023", "3, 1024", "4, 1025", "-5, 100000", "20260101, 333333"})
    void vectorisedThrowsTheSameDartsAsSplittableRandom(long seed, long darts) {
        assertThat(Darts.blockHits(seed, darts)).isEqualTo(Darts.splittableHits(seed, darts));
    }

    @Test
    void reproducesSplittableRandomsDoubles() {
        var random = new java.util.SplittableRandom(99);
        for (int k = 1; k <= 10; k++) {
            assertThat(Darts.unitDouble(Darts.mix64(99 + k * Darts.GOLDEN_GAMMA)))
                    .as("draw %d", k)
                    .isEqualTo(random.nextDouble());
        }
    }

    @Test
    void processTaskThrowsAsAThreadWithItsOwnRandom() {
        assertThat(new DartsTask().apply(new long[] {5, 10_000})).containsExactly(Darts.randomHits(5, 10_000));
    }

    @ParameterizedTest
    @CsvSource({"7,3", "20000000,3", "5,8", "1,1"})
    void sharesAddUpToEverySample(long samples, int workers) {
        long thrown = 0;
        for (int worker = 0; worker < workers; worker++) {
            thrown += PiEstimator.share(samples, workers, worker);
        }
        assertThat(thrown).isEqualTo(samples);
    }

    @Test
    void countsOnlyDartsInsideTheQuarterCircle() {
        // (0.9, 0.9) is outside the quarter circle: 0.81 + 0.81 > 1.
        Random corner = new Random() {
            @Override
            public double nextDouble() {
                return 0.9;
            }
        };
        assertThat(Darts.countHits(corner, 10)).isZero();
        assertThat(Darts.countHits(new Random(1), 0)).isZero();
        assertThat(Darts.blockHits(1, 0)).isZero();
    }

    @Test
    void toleranceShrinksWithTheSquareRootOfSamples() {
        assertThat(PiEstimator.tolerance(100) / PiEstimator.tolerance(10_000)).isCloseTo(10.0, Offset.offset(1e-9));
    }

    @Test
    void rejectsUnknownVariant() {
        assertThatThrownBy(() -> PiEstimator.Variant.of("numpy")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsTheProcessVariantOffThreads() {
        assertThatThrownBy(() -> PiEstimator.onThreads(threads, 2, PiEstimator.Variant.PROCESS_POOL, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cannotReplayASharedGenerator() {
        var estimate = new PiEstimator.Estimate(10, new long[] {1}, 8);
        assertThatThrownBy(() -> PiEstimator.replay(PiEstimator.Variant.SHARED_RANDOM, estimate))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
