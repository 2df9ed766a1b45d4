package dev.perflab.experiments.ch02.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perflab.experiments.ch02.julia.Complex;
import dev.perflab.experiments.ch02.julia.JuliaSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ConditionOrderTest {

    @ParameterizedTest
    @EnumSource(TestOrder.class)
    void bothOrdersSumToTheBooksChecksum(TestOrder order) {
        var coordinates = JuliaSet.buildCoordinates(JuliaSet.BOOK_WIDTH);
        assertThat(JuliaSet.sum(order.calculateZ(JuliaSet.BOOK_MAX_ITERATIONS, coordinates)))
                .isEqualTo(33_219_980L);
    }

    @ParameterizedTest
    @CsvSource({"50,300", "200,300", "333,1", "200,1000"})
    void bothOrdersGiveEveryPointTheSameCount(int size, int maxIterations) {
        var coordinates = JuliaSet.buildCoordinates(size);
        assertThat(TestOrder.COUNT_FIRST.calculateZ(maxIterations, coordinates))
                .isEqualTo(TestOrder.ABS_FIRST.calculateZ(maxIterations, coordinates));
    }

    @Test
    void aPointAtTheLimitStopsOnTheCountWithoutMovingFurther() {
        List<Complex> zs = List.of(new Complex(0, 0), new Complex(3, 0));
        List<Complex> cs = List.of(new Complex(0, 0), new Complex(0, 0));
        assertThat(CountFirstKernel.calculateZSerial(5, zs, cs)).containsExactly(5, 0);
        assertThat(CountFirstKernel.calculateZSerial(0, zs, cs)).containsExactly(0, 0);
    }

    @ParameterizedTest
    @EnumSource(TestOrder.class)
    void theBenchmarkPassesItsOwnCheck(TestOrder order) {
        ConditionOrder benchmark = benchmark(order.id, 120);
        benchmark.buildGrid();
        assertThat(benchmark.kernel()).isEqualTo(JuliaSet.calcPurePython(120, 300));
        benchmark.checkSum();
    }

    @Test
    void aWrongSumFailsTheRun() {
        ConditionOrder benchmark = benchmark("count-first", 120);
        benchmark.buildGrid();
        benchmark.maxIterations = 299;
        benchmark.kernel();
        assertThatThrownBy(benchmark::checkSum)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("count-first");
    }

    @Test
    void rejectsAnUnknownVariant() {
        assertThatThrownBy(() -> TestOrder.of("random")).isInstanceOf(IllegalArgumentException.class);
    }

    private static ConditionOrder benchmark(String variant, int size) {
        ConditionOrder benchmark = new ConditionOrder();
        benchmark.variant = variant;
        benchmark.size = size;
        benchmark.maxIterations = 300;
        return benchmark;
    }
}
