package dev.perflab.experiments.ch05.anomalystream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SensorSeriesTest {

    private static final long SEED = 7;

    @Test
    void readsOnceASecondFromTheEpochForTheGivenDays() {
        List<Sample> samples = read(new SensorSeries(SEED, 2));
        assertThat(samples).hasSize(2 * 86_400);
        for (int i = 0; i < samples.size(); i++) {
            assertThat(samples.get(i).second()).isEqualTo(i);
        }
        assertThat(samples.getLast().day()).isEqualTo(1);
        assertThat(new SensorSeries(SEED, 0).hasNext()).isFalse();
    }

    @Test
    void theSameSeedGivesTheSameReadingsAndAnotherSeedOthers() {
        assertThat(read(new SensorSeries(SEED, 1))).isEqualTo(read(new SensorSeries(SEED, 1)));
        assertThat(read(new SensorSeries(SEED, 1))).isNotEqualTo(read(new SensorSeries(SEED + 1, 1)));
    }

    @Test
    void aDayReadsTheSameHoweverManyDaysAreRead() {
        List<Sample> three = read(new SensorSeries(SEED, 3));
        assertThat(read(new SensorSeries(SEED, 1))).isEqualTo(three.subList(0, 86_400));
        assertThat(three.subList(86_400, 2 * 86_400)).isNotEqualTo(three.subList(0, 86_400));
    }

    @Test
    void theListHoldsTheReadingsTheIteratorMakes() {
        assertThat(SensorSeries.listOf(SEED, 2)).isEqualTo(read(new SensorSeries(SEED, 2)));
        assertThat(read(Loading.EAGER.samples(SEED, 2))).isEqualTo(read(Loading.LAZY.samples(SEED, 2)));
    }

    @Test
    void aNormalDayScattersAroundTheLevelWithItsOwnNoise() {
        Set<Long> planted = Set.copyOf(SensorSeries.plantedAnomalies(SEED, 30));
        for (Sample sample : read(new SensorSeries(SEED, 30))) {
            // Noise is 0.5 to 2 around 100; a normal reading beyond 6 of the worst noise is not normal.
            if (!planted.contains(sample.second())) {
                assertThat(sample.value()).as("second " + sample.second()).isBetween(88.0, 112.0);
            }
        }
    }

    @Test
    void plantedAnomaliesAreWhereTheReadingsJumpAtLeastTenNoises() {
        List<Long> planted = SensorSeries.plantedAnomalies(SEED, 60);
        assertThat(planted).isNotEmpty().isSorted().doesNotHaveDuplicates();
        List<Sample> samples = read(new SensorSeries(SEED, 60));
        for (long second : planted) {
            assertThat(second % 86_400).isGreaterThanOrEqualTo(DayPlan.EARLIEST_ANOMALY_SECOND);
            assertThat(Math.abs(samples.get((int) second).value() - DayPlan.LEVEL))
                    .isGreaterThanOrEqualTo(10 * 0.5);
        }
    }

    @Test
    void aboutOneDayInSevenHasAnAnomaly() {
        // 180 days, p = 1/7: 25.7 expected, standard deviation 4.7.
        assertThat(SensorSeries.plantedAnomalies(AnomalyStream.SEED, 180)).hasSizeBetween(12, 40);
        assertThat(SensorSeries.plantedAnomalies(AnomalyStream.SEED, 1)).hasSize(1);
        assertThat(SensorSeries.plantedAnomalies(SEED, 180)).hasSizeBetween(12, 40);
    }

    @Test
    void theIteratorStopsAtTheLastSecond() {
        SensorSeries series = new SensorSeries(SEED, 1);
        read(series);
        assertThatThrownBy(series::next).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> new SensorSeries(SEED, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void variantIdsArePermanent() {
        assertThat(Loading.of("lazy")).isEqualTo(Loading.LAZY);
        assertThat(Loading.of("eager")).isEqualTo(Loading.EAGER);
        assertThatThrownBy(() -> Loading.of("stream")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Sample> read(Iterator<Sample> samples) {
        List<Sample> read = new ArrayList<>();
        samples.forEachRemaining(read::add);
        return read;
    }
}
