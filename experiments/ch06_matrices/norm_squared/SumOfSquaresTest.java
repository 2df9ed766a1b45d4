package dev.perflab.experiments.ch06.normsquared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SumOfSquaresTest {

    /** 1² + 2² + … + k² = k(k + 1)(2k + 1) / 6, exact in doubles at these sizes. */
    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyWaySumsTheSquaresOfOneToKExactly(Variant variant) {
        for (int k : new int[] {0, 1, 2, 3, 7, 8, 9, 31, 1000, 100_003}) {
            double[] array = new double[k];
            for (int i = 0; i < k; i++) {
                array[i] = i + 1;
            }
            double expected = (double) k * (k + 1) * (2L * k + 1) / 6;
            assertThat(variant.sumOfSquares(NormSquared.boxed(array), array))
                    .as(variant + " over 1.." + k)
                    .isEqualTo(expected);
        }
    }

    /** Every length around the vector width, so the Vector API's whole vectors and its tail both count. */
    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyWayAgreesWithTheReferenceAtEveryLengthAroundTheVectorWidth(Variant variant) {
        for (int n = 0; n <= 4 * SumOfSquares.lanes() + 3; n++) {
            double[] array = NormSquared.values(n, NormSquared.SEED + n);
            double reference = SumOfSquares.reference(array);
            double sum = variant.sumOfSquares(NormSquared.boxed(array), array);
            assertThat(SumOfSquares.agrees(sum, reference, 1e-12))
                    .as(variant + " at n = " + n + ": " + sum + " vs " + reference)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 1_000_000})
    void allFiveWaysGiveTheSameSumWithinTheBenchmarksTolerance(int n) {
        double[] array = NormSquared.values(n, NormSquared.SEED);
        List<Double> list = NormSquared.boxed(array);
        double reference = SumOfSquares.reference(array);
        // Squares of uniform [-1, 1) values average 1/3.
        assertThat(reference / n).isBetween(0.32, 0.35);
        for (Variant variant : Variant.values()) {
            assertThat(SumOfSquares.agrees(variant.sumOfSquares(list, array), reference, NormSquared.TOLERANCE))
                    .as(variant.toString())
                    .isTrue();
        }
    }

    @Test
    void theReferenceKeepsWhatAPlainSumLoses() {
        // 1e8² + 1 + 1 … : a plain double sum drops each 1 against 1e16; the compensated one keeps them.
        double[] array = new double[1001];
        array[0] = 1e8;
        Arrays.fill(array, 1, array.length, 1);
        assertThat(SumOfSquares.arrayLoop(array)).isEqualTo(1e16);
        assertThat(SumOfSquares.reference(array)).isEqualTo(1e16 + 1000);
    }

    @Test
    void theBenchmarkChecksItsAnswerAndFailsOnAWrongOne() {
        NormSquared benchmark = new NormSquared();
        benchmark.n = 10_000;
        benchmark.variant = "vector";
        benchmark.setUp();
        double right = benchmark.sumOfSquares();
        benchmark.check();

        benchmark.last = right * (1 + 1e-6);
        assertThatThrownBy(benchmark::check)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vector");
        // An iteration that never produced an answer fails too.
        assertThatThrownBy(benchmark::check).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnUnknownVariant() {
        assertThatThrownBy(() -> Variant.named("numpy")).isInstanceOf(IllegalArgumentException.class);
    }
}
