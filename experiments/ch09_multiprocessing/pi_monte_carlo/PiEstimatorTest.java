package dev.perflab.experiments.ch09.pi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PiEstimatorTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @ParameterizedTest
    @EnumSource(PiEstimator.Variant.class)
    void estimatesPiWithinTolerance(PiEstimator.Variant variant) throws Exception {
        var estimator = new PiEstimator(pool, 3, variant, 42);
        long samples = 2_000_000;
        assertThat(estimator.estimate(samples))
                .isCloseTo(Math.PI, org.assertj.core.data.Offset.offset(PiEstimator.tolerance(samples)));
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
        assertThat(PiEstimator.countHits(corner, 10)).isZero();
        assertThat(PiEstimator.countHits(new Random(1), 0)).isZero();
    }

    @Test
    void toleranceShrinksWithTheSquareRootOfSamples() {
        assertThat(PiEstimator.tolerance(100) / PiEstimator.tolerance(10_000))
                .isCloseTo(10.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void rejectsUnknownVariant() {
        assertThatThrownBy(() -> PiEstimator.Variant.of("numpy")).isInstanceOf(IllegalArgumentException.class);
    }
}
