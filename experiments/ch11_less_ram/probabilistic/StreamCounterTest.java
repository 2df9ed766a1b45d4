package dev.perflab.experiments.ch11.probabilistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Each structure's error against the bound its documentation gives, over many streams at fixed
 * seeds (so no test can flake): every single estimate within 4 standard errors, and the spread of
 * the errors (their root mean square) close to the documented standard error itself, which a
 * structure that is accurate by luck, or inaccurate by a wrong constant, would miss.
 */
class StreamCounterTest {

    private static final int STREAMS = 40;

    @Test
    void hyperLogLogErrorIsAboutOnePointZeroFourOverRootM() {
        double documented = 1.04 / Math.sqrt(1024);
        double rms = rootMeanSquareError(() -> new HyperLogLog(10), 20_000, documented);
        assertThat(rms).isBetween(0.6 * documented, 1.4 * documented);
    }

    @Test
    void hyperLogLogCountsSmallStreamsByItsEmptyRegisters() {
        rootMeanSquareError(() -> new HyperLogLog(10), 200, 0.02);
    }

    @Test
    void dataSketchesHyperLogLogStaysWithinItsDocumentedError() {
        double documented = new SketchHyperLogLog(10).standardError(20_000);
        assertThat(documented).isBetween(0.02, 0.035);
        double rms = rootMeanSquareError(() -> new SketchHyperLogLog(10), 20_000, documented);
        assertThat(rms).isLessThan(1.4 * documented);
    }

    @Test
    void kMinimumValuesErrorIsAboutOneOverRootOfKMinusTwo() {
        double documented = 1 / Math.sqrt(256 - 2.0);
        double rms = rootMeanSquareError(() -> new KMinimumValues(256), 20_000, documented);
        assertThat(rms).isBetween(0.6 * documented, 1.4 * documented);
    }

    @Test
    void kMinimumValuesCountsExactlyBelowK() {
        KMinimumValues kmv = new KMinimumValues(64);
        for (int repeat = 0; repeat < 3; repeat++) {
            for (long item = 0; item < 50; item++) {
                kmv.offer(item);
            }
        }
        assertThat(kmv.estimate()).isEqualTo(50);
        assertThat(kmv.standardError(50)).isZero();
        assertThatThrownBy(() -> new KMinimumValues(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void morrisCountersAreRightOnAverageAndSpreadAsDocumented() {
        int n = 10_000;
        int counters = 400;
        double sum = 0;
        double squares = 0;
        for (int seed = 0; seed < counters; seed++) {
            MorrisCounter morris = new MorrisCounter(seed);
            for (int i = 0; i < n; i++) {
                morris.offer(i);
            }
            assertThat(morris.exponent()).isBetween(9, 18);
            double error = (morris.estimate() - n) / n;
            sum += error;
            squares += error * error;
        }
        double documented = new MorrisCounter(0).standardError(n);
        assertThat(documented).isCloseTo(Math.sqrt(0.5), org.assertj.core.data.Offset.offset(0.001));
        // Unbiased: the mean of 400 estimates lies within 4 standard errors of the mean.
        assertThat(Math.abs(sum / counters)).isLessThan(4 * documented / Math.sqrt(counters));
        assertThat(Math.sqrt(squares / counters)).isBetween(0.6 * documented, 1.4 * documented);
    }

    @Test
    void bloomFilterMeetsItsFalsePositiveRateAtCapacity() {
        int bits = 32_768;
        double target = 0.01;
        long capacity = (long) BloomFilter.capacity(bits, target);
        BloomFilter bloom = new BloomFilter(bits, target);
        for (long item = 0; item < capacity; item++) {
            bloom.offer(item);
        }
        assertThat(bloom.hashes()).isEqualTo(7);
        for (long item = 0; item < capacity; item++) {
            assertThat(bloom.mightContain(item)).as("no false negatives").isTrue();
        }
        int probes = 200_000;
        int falsePositives = 0;
        for (long item = capacity; item < capacity + probes; item++) {
            falsePositives += bloom.mightContain(item) ? 1 : 0;
        }
        double expected = bloom.expectedFalsePositiveRate(capacity);
        double sigma = Math.sqrt(expected * (1 - expected) / probes);
        assertThat(expected).isBetween(0.008, 0.012);
        assertThat((double) falsePositives / probes).isBetween(expected - 4 * sigma, expected + 4 * sigma);
    }

    @Test
    void bloomFilterEstimatesItsCountFromTheBitsSetWithinItsCapacity() {
        int bits = 32_768;
        int capacity = (int) BloomFilter.capacity(bits, 0.01);
        double documented = new BloomFilter(bits, 0.01).standardError(capacity);
        assertThat(documented).isBetween(0.001, 0.01);
        double rms = rootMeanSquareError(() -> new BloomFilter(bits, 0.01), capacity, documented);
        assertThat(rms).isBetween(0.6 * documented, 1.4 * documented);
    }

    @Test
    void aFullBloomFilterCanOnlySayAtLeast() {
        BloomFilter bloom = new BloomFilter(4096, 0.01);
        for (long item = 0; item < 100_000; item++) {
            bloom.offer(item);
        }
        assertThat(bloom.bitsSet()).isEqualTo(4096);
        assertThat(bloom.estimate()).isCloseTo(4096 / 7.0 * Math.log(4096), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(bloom.standardError(100_000)).isInfinite();
    }

    @Test
    void exactSetCountsEveryDistinctItemOnce() {
        ExactSet exact = new ExactSet();
        for (int repeat = 0; repeat < 2; repeat++) {
            for (long item = 0; item < 100_000; item++) {
                exact.offer(item * 31);
            }
        }
        exact.offer(-5);
        assertThat(exact.estimate()).isEqualTo(100_001);
    }

    /**
     * The relative errors of {@link #STREAMS} streams of {@code n} distinct items each (a different
     * stretch of numbers per stream), each asserted within 4 × {@code documented}; returns their RMS.
     */
    private static double rootMeanSquareError(Supplier<StreamCounter> structure, int n, double documented) {
        double squares = 0;
        for (long stream = 0; stream < STREAMS; stream++) {
            StreamCounter counter = structure.get();
            for (long i = 0; i < n; i++) {
                counter.offer((stream << 32) + i);
            }
            double error = (counter.estimate() - n) / n;
            assertThat(Math.abs(error)).as("stream " + stream).isLessThanOrEqualTo(4 * documented);
            squares += error * error;
        }
        return Math.sqrt(squares / STREAMS);
    }
}
