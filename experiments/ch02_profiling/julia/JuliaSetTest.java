package dev.perflab.experiments.ch02.julia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JuliaSetTest {

    @Test
    void theBookRunSumsToTheBooksChecksum() {
        assertThat(JuliaSet.calcPurePython(JuliaSet.BOOK_WIDTH, JuliaSet.BOOK_MAX_ITERATIONS))
                .isEqualTo(33_219_980L);
    }

    @Test
    void theArraysVersionSumsToTheBooksChecksum() {
        assertThat(JuliaArrays.calcArrays(JuliaSet.BOOK_WIDTH, JuliaSet.BOOK_MAX_ITERATIONS))
                .isEqualTo(JuliaSet.BOOK_SUM);
    }

    @Test
    void theBookGridHasAMillionPointsFromTheTopLeftCorner() {
        var coordinates = JuliaSet.buildCoordinates(1000);
        assertThat(coordinates.width()).isEqualTo(1000);
        assertThat(coordinates.height()).isEqualTo(1000);
        assertThat(coordinates.points()).isEqualTo(1_000_000);
        assertThat(coordinates.zs().getFirst()).isEqualTo(new Complex(-1.8, 1.8));
        assertThat(coordinates.cs()).hasSize(1_000_000).allMatch(JuliaSet.C::equals);
    }

    /** Both kernels, written independently, give every point the same count. */
    @ParameterizedTest
    @CsvSource({"100,300", "137,50", "250,1", "333,300", "480,1000"})
    void arraysAgreeWithTheBookKernelPointByPoint(int width, int maxIterations) {
        var coordinates = JuliaSet.buildCoordinates(width);
        var grid = JuliaArrays.buildGrid(width);
        assertThat(grid.points()).isEqualTo(coordinates.points());
        assertThat(JuliaArrays.calculateZ(maxIterations, grid, JuliaSet.C))
                .isEqualTo(JuliaSet.calculateZSerial(maxIterations, coordinates.zs(), coordinates.cs()));
    }

    @Test
    void multipliesAndAddsAsPythonComplexDoes() {
        assertThat(new Complex(1, 2).times(new Complex(3, 4))).isEqualTo(new Complex(-5, 10));
        assertThat(new Complex(1, 2).plus(new Complex(3, -4))).isEqualTo(new Complex(4, -2));
        assertThat(new Complex(3, 4).abs()).isEqualTo(5.0);
    }

    @Test
    void countsIterationsUntilTheModulusReachesTwoOrTheLimit() {
        List<Complex> zs = List.of(new Complex(2, 0), new Complex(0, 0), new Complex(1.5, 0));
        List<Complex> cs = List.of(new Complex(0, 0), new Complex(0, 0), new Complex(0, 0));
        // |2| is not below 2; 0 stays 0 until the limit; 1.5 → 2.25 escapes after one step.
        assertThat(JuliaSet.calculateZSerial(7, zs, cs)).containsExactly(0, 7, 1);
    }

    @Test
    void aRangeFillsOnlyItsPoints() {
        var coordinates = JuliaSet.buildCoordinates(100);
        int[] output = new int[coordinates.points()];
        JuliaSet.calculateZSerial(300, coordinates.zs(), coordinates.cs(), output, 5000, 5100);
        int[] whole = JuliaSet.calculateZSerial(300, coordinates.zs(), coordinates.cs());
        for (int i = 0; i < output.length; i++) {
            assertThat(output[i]).as("point %d", i).isEqualTo(i >= 5000 && i < 5100 ? whole[i] : 0);
        }
    }
}
