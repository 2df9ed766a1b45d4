package dev.perflab.experiments.ch05.anomalystream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class AnomalyDetectorTest {

    @Test
    void runningMeanAndVarianceMatchTwoPasses() {
        Random random = new Random(3);
        double[] values = new double[10_000];
        AnomalyDetector detector = new AnomalyDetector();
        for (int i = 0; i < values.length; i++) {
            values[i] = 1e6 + random.nextGaussian() * 3;
            detector.accept(new Sample(i, values[i]));
        }
        double mean = 0;
        for (double value : values) {
            mean += value / values.length;
        }
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        assertThat(detector.mean()).isCloseTo(mean, Offset.offset(1e-6));
        assertThat(detector.variance()).isCloseTo(squares / (values.length - 1), Offset.offset(1e-6));
    }

    @Test
    void flagsAJumpOfMoreThanSixDeviationsAndNothingElse() {
        List<Sample> day = quietDay(0);
        day.set(5_000, new Sample(5_000, 100 + 6.5));
        day.set(7_000, new Sample(7_000, 100 - 5.5));
        List<AnomalyDetector.Anomaly> found = AnomalyDetector.scan(day.iterator());
        assertThat(found).extracting(AnomalyDetector.Anomaly::second).containsExactly(5_000L);
        AnomalyDetector.Anomaly jump = found.getFirst();
        assertThat(jump.mean()).isCloseTo(100, Offset.offset(0.1));
        assertThat(jump.deviation()).isCloseTo(1, Offset.offset(0.1));
    }

    @Test
    void judgesNothingInTheFirstTenMinutesOfADay() {
        List<Sample> day = quietDay(0);
        day.set(599, new Sample(599, 150));
        day.set(600, new Sample(600, 150));
        assertThat(AnomalyDetector.scan(day.iterator()))
                .extracting(AnomalyDetector.Anomaly::second)
                .containsExactly(600L);
    }

    @Test
    void startsEachDayAfresh() {
        List<Sample> twoDays = quietDay(0);
        // A new level after midnight is the new day's normal, not an anomaly of the old day's.
        for (Sample sample : quietDay(1)) {
            twoDays.add(new Sample(sample.second(), sample.value() + 50));
        }
        assertThat(AnomalyDetector.scan(twoDays.iterator())).isEmpty();
    }

    @Test
    void bothLoadingsFlagExactlyThePlantedAnomalies() {
        List<AnomalyDetector.Anomaly> lazy = AnomalyDetector.scan(Loading.LAZY.samples(AnomalyStream.SEED, 30));
        List<AnomalyDetector.Anomaly> eager = AnomalyDetector.scan(Loading.EAGER.samples(AnomalyStream.SEED, 30));
        assertThat(eager).isEqualTo(lazy);
        assertThat(lazy)
                .extracting(AnomalyDetector.Anomaly::second)
                .isEqualTo(SensorSeries.plantedAnomalies(AnomalyStream.SEED, 30))
                .isNotEmpty();
    }

    @Test
    void theBenchmarksSeriesHasNoFalseAlarmOrMissAtAnyAllowedLength() {
        // Each day is drawn on its own, so the longest series allowed covers every shorter one.
        int maxDays = 180;
        assertThat(AnomalyDetector.scan(new SensorSeries(AnomalyStream.SEED, maxDays)))
                .extracting(AnomalyDetector.Anomaly::second)
                .isEqualTo(SensorSeries.plantedAnomalies(AnomalyStream.SEED, maxDays));
    }

    /** One day of readings around 100 with a standard deviation of 1, seeded. */
    private static List<Sample> quietDay(long day) {
        Random random = new Random(11 + day);
        List<Sample> samples = new ArrayList<>();
        for (int second = 0; second < 86_400; second++) {
            samples.add(new Sample(day * 86_400 + second, 100 + random.nextGaussian()));
        }
        return samples;
    }
}
