package dev.perflab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleStatisticsTest {

    /** Two-sided 99.9 % and 95 % quantiles of Student's t, from published tables. */
    @ParameterizedTest
    @CsvSource({"0.999, 1, 636.619", "0.999, 3, 12.924", "0.999, 10, 4.587", "0.95, 5, 2.571", "0.95, 30, 2.042"})
    void findsStudentsTQuantiles(double confidence, double df, double expected) {
        assertThat(SampleStatistics.tQuantile(confidence, df)).isCloseTo(expected, within(expected * 1e-3));
    }

    @Test
    void logGammaMatchesFactorials() {
        assertThat(SampleStatistics.logGamma(5)).isCloseTo(Math.log(24), within(1e-12));
        assertThat(SampleStatistics.logGamma(100)).isCloseTo(359.1342053695754, within(1e-8));
        assertThat(SampleStatistics.logGamma(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-12));
    }

    @Test
    void percentilesFollowJmhsEstimate() {
        // JMH printed these for two samples [2.2595, 1.7656]: 50 → their mean, 90 and above → the max.
        List<Double> two = List.of(2.259484666666667, 1.7655556551724139);
        assertThat(SampleStatistics.percentile(two, 50)).isCloseTo(2.0125201609195402, within(1e-12));
        assertThat(SampleStatistics.percentile(two, 90)).isEqualTo(2.259484666666667);
        assertThat(SampleStatistics.percentile(two, 0)).isEqualTo(1.7655556551724139);
        assertThat(SampleStatistics.percentile(List.of(1.0, 2.0, 3.0, 4.0), 50)).isEqualTo(2.5);
    }

    @Test
    void welchSeparatesClearlyDifferentSamplesAndNotOverlappingOnes() {
        var apart = SampleStatistics.welch(List.of(10.0, 10.2, 9.9, 10.1), List.of(5.0, 5.1, 4.9, 5.05));
        var together = SampleStatistics.welch(List.of(10.0, 11.0, 9.0, 10.5), List.of(10.2, 9.5, 10.8, 9.9));

        assertThat(apart.p()).isLessThan(1e-5);
        assertThat(apart.t()).isNegative();
        assertThat(together.p()).isGreaterThan(0.5);
    }

    @Test
    void welchNeedsTwoSamplesOnEachSide() {
        assertThat(SampleStatistics.welch(List.of(1.0), List.of(1.0, 2.0))).isNull();
        assertThat(SampleStatistics.welch(List.of(3.0, 3.0), List.of(3.0, 3.0))).isNull();
    }
}
