package dev.perflab.experiments.ch01.amdahl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SerialParallelSumTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void termsAreSplitmix64OutputsFromSeedZero() {
        // The first outputs of the reference splitmix64 generator seeded with 0.
        assertThat(SerialParallelSum.term(0)).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(SerialParallelSum.term(1)).isEqualTo(0x6E789E6AA1B965F4L);
        assertThat(SerialParallelSum.term(2)).isEqualTo(0x06C45D188009454FL);
    }

    @Test
    void termsAddEveryIndexInTheHalfOpenRange() {
        long byHand = SerialParallelSum.term(5) + SerialParallelSum.term(6) + SerialParallelSum.term(7);
        assertThat(SerialParallelSum.terms(5, 8)).isEqualTo(byHand);
        assertThat(SerialParallelSum.terms(8, 8)).isZero();
    }

    @ParameterizedTest
    @CsvSource({"1,0", "1,1", "3,0", "3,0.2", "3,0.5", "3,1", "2,0.999"})
    void anySplitGivesTheSerialSum(int workers, double serialFraction) throws Exception {
        long units = 100_003;
        var task = new SerialParallelSum(pool, workers);
        assertThat(task.sum(units, serialFraction)).isEqualTo(SerialParallelSum.terms(0, units));
    }

    @Test
    void moreWorkersThanTermsStillAddUp() throws Exception {
        // Eight tasks queue on the three threads; five of them get no term at all.
        var task = new SerialParallelSum(pool, 8);
        assertThat(task.sum(5, 0.2)).isEqualTo(SerialParallelSum.terms(0, 5));
    }

    @ParameterizedTest
    @CsvSource({"100,0,0", "100,0.1,10", "100,1,100", "7,0.5,4", "0,0.5,0"})
    void serialPartIsTheRoundedFractionOfTheTerms(long units, double serialFraction, long serial) {
        assertThat(SerialParallelSum.serialUnits(units, serialFraction)).isEqualTo(serial);
    }

    @ParameterizedTest
    @CsvSource({"7,3", "100000000,3", "5,8", "1,1", "0,2"})
    void sharesAddUpToEveryParallelTerm(long units, int workers) {
        long shared = 0;
        for (int worker = 0; worker < workers; worker++) {
            long share = SerialParallelSum.share(units, workers, worker);
            assertThat(share).isBetween(units / workers, units / workers + 1);
            shared += share;
        }
        assertThat(shared).isEqualTo(units);
    }

    @Test
    void rejectsFractionsOutsideZeroToOneAndNoWorkers() {
        assertThatThrownBy(() -> SerialParallelSum.serialUnits(10, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SerialParallelSum.serialUnits(10, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SerialParallelSum(pool, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
