package dev.perflab.experiments.ch07.boxedvsprimitive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perflab.experiments.ch02.julia.JuliaArrays;
import dev.perflab.experiments.ch02.julia.JuliaSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BoxedVsPrimitiveTest {

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyVariantSumsToTheBooksChecksum(Variant variant) {
        int[] output = new int[1_000_000];
        variant.prepare(JuliaSet.BOOK_WIDTH).run(JuliaSet.BOOK_MAX_ITERATIONS, output);
        assertThat(JuliaSet.sum(output)).isEqualTo(33_219_980L);
    }

    /** Every kernel gives every point the count of the book's kernel, on grids and limits off the book's. */
    @ParameterizedTest
    @CsvSource({"50,300", "137,50", "200,1", "333,300", "240,1000"})
    void everyVariantGivesEveryPointTheBookKernelsCount(int size, int maxIterations) {
        var coordinates = JuliaSet.buildCoordinates(size);
        int[] book = JuliaSet.calculateZSerial(maxIterations, coordinates.zs(), coordinates.cs());
        for (Variant variant : Variant.values()) {
            int[] output = new int[book.length];
            variant.prepare(size).run(maxIterations, output);
            assertThat(output).as(variant.id).isEqualTo(book);
        }
    }

    @Test
    void theExpandedKernelAgreesWithChapterTwosArrayKernel() {
        var grid = JuliaArrays.buildGrid(180);
        int[] output = new int[grid.points()];
        PrimitiveKernels.calculateZExpanded(300, grid, JuliaSet.C.re(), JuliaSet.C.im(), output);
        assertThat(output).isEqualTo(JuliaArrays.calculateZ(300, grid, JuliaSet.C));
    }

    @Test
    void countsStepsUntilTheModulusReachesTwoOrTheLimit() {
        // |2| is not below 2; 0 stays 0 until the limit; 1.5 → 2.25 escapes after one step.
        var grid = new JuliaArrays.Grid(new double[] {2, 0, 1.5}, new double[] {0, 0, 0}, 3, 1);
        var boxed = new BoxedKernel.Inputs(List.of(2.0, 0.0, 1.5), List.of(0.0, 0.0, 0.0));
        int[] output = new int[3];
        PrimitiveKernels.calculateZExpanded(7, grid, 0, 0, output);
        assertThat(output).containsExactly(0, 7, 1);
        PrimitiveKernels.calculateZWithAbs(7, grid, 0, 0, output);
        assertThat(output).containsExactly(0, 7, 1);
        BoxedKernel.calculateZ(7, boxed, 0.0, 0.0, output);
        assertThat(output).containsExactly(0, 7, 1);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void theBenchmarkPassesItsOwnCheck(Variant variant) {
        BoxedVsPrimitive benchmark = benchmark(variant.id, 120);
        benchmark.buildGrid();
        assertThat(benchmark.kernel()).isEqualTo(JuliaSet.calcPurePython(120, 300));
        assertThat(benchmark.kernel()).isEqualTo(JuliaSet.calcPurePython(120, 300));
        benchmark.checkSum();
    }

    @Test
    void aWrongSumFailsTheRun() {
        BoxedVsPrimitive benchmark = benchmark("boxed-double", 120);
        benchmark.buildGrid();
        benchmark.maxIterations = 299;
        benchmark.kernel();
        assertThatThrownBy(benchmark::checkSum)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("boxed-double");
    }

    @Test
    void rejectsAnUnknownVariant() {
        assertThatThrownBy(() -> Variant.of("float")).isInstanceOf(IllegalArgumentException.class);
    }

    private static BoxedVsPrimitive benchmark(String variant, int size) {
        BoxedVsPrimitive benchmark = new BoxedVsPrimitive();
        benchmark.variant = variant;
        benchmark.size = size;
        benchmark.maxIterations = 300;
        return benchmark;
    }
}
