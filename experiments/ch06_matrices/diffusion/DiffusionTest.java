package dev.perflab.experiments.ch06.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DiffusionTest {

    /** Sides around the vector width, so whole vectors, the scalar tail and the split edges all count. */
    private static int[] sides() {
        int lanes = Stencil.lanes();
        return new int[] {2, 3, 5, lanes + 1, lanes + 2, lanes + 3, 2 * lanes + 5, 37, 64};
    }

    @ParameterizedTest
    @EnumSource(Rung.class)
    void everyRungEndsOnTheReferenceGridToTheLastBit(Rung rung) {
        for (int side : sides()) {
            double[] initial = spread(side);
            Simulation simulation = rung.start(initial, side);
            for (int steps : new int[] {1, 2, 7}) {
                simulation.run(steps);
                assertThat(Heat.relativeDifference(simulation.grid(), Heat.reference(initial, side, steps)))
                        .as(rung + " at side " + side + " after " + steps + " steps")
                        .isZero();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Rung.class)
    void everyRungAgreesOnTheBooksGridWithinTheBenchmarksTolerance(Rung rung) {
        double[] initial = Heat.initial(640);
        Simulation simulation = rung.start(initial, 640);
        simulation.run(5);
        assertThat(Heat.relativeDifference(simulation.grid(), Heat.reference(initial, 640, 5)))
                .isLessThanOrEqualTo(Diffusion.TOLERANCE);
    }

    @Test
    void oneStepSpreadsATenthOfAHotCellToEachNeighbourAcrossTheWrap() {
        double[] grid = new double[16];
        grid[0] = 1;
        double[] next = Heat.reference(grid, 4, 1);
        double[] expected = new double[16];
        expected[0] = 0.6;
        // Row 0's neighbours below and, across the wrap, above; column 0's right and, across the wrap, left.
        expected[4] = 0.1;
        expected[12] = 0.1;
        expected[1] = 0.1;
        expected[3] = 0.1;
        for (int i = 0; i < 16; i++) {
            assertThat(next[i]).as("cell " + i).isCloseTo(expected[i], offset(1e-15));
        }
    }

    @Test
    void theStartingGridIsTheBooksHotSquare() {
        double[] grid = Heat.initial(640);
        // Rows and columns 256 to 319: 64 × 64 cells at 0.005.
        assertThat(grid[256 * 640 + 256]).isEqualTo(Heat.HOT);
        assertThat(grid[319 * 640 + 319]).isEqualTo(Heat.HOT);
        assertThat(grid[255 * 640 + 256]).isZero();
        assertThat(grid[256 * 640 + 320]).isZero();
        assertThat(Heat.total(grid)).isCloseTo(64 * 64 * Heat.HOT, offset(1e-12));
    }

    @Test
    void theReferenceKeepsTheHeatAndTheSquaresSymmetry() {
        int side = 50;
        double[] initial = Heat.initial(side);
        double[] grid = Heat.reference(initial, side, 200);
        assertThat(Math.abs(Heat.total(grid) - Heat.total(initial))).isLessThan(1e-13);
        for (int row = 0; row < side; row++) {
            for (int column = 0; column < side; column++) {
                // Transposing swaps the order of the additions (down, up ↔ right, left): equal but for rounding.
                assertThat(grid[row * side + column]).isCloseTo(grid[column * side + row], offset(1e-18));
            }
        }
        // After 200 steps the heat has reached the cells farthest from the square, across the wrap.
        assertThat(grid[0]).isPositive();
        assertThat(grid[22 * side + 22]).isLessThan(Heat.HOT);
    }

    @Test
    void everyRunStartsAgainFromTheStartingGrid() {
        double[] initial = spread(24);
        Simulation simulation = Rung.VECTOR.start(initial, 24);
        simulation.run(5);
        simulation.run(3);
        assertThat(Heat.relativeDifference(simulation.grid(), Heat.reference(initial, 24, 3)))
                .isZero();
        assertThat(initial).isEqualTo(spread(24));
    }

    @Test
    void theBenchmarkChecksItsGridAndFailsOnAWrongOne() {
        Diffusion benchmark = new Diffusion();
        benchmark.side = 40;
        benchmark.steps = 3;
        benchmark.variant = "parallel-rows";
        benchmark.setUp();
        CellUpdates counted = new CellUpdates();
        benchmark.run(counted);
        benchmark.run(counted);
        assertThat(counted.cellUpdates).isEqualTo(2L * 3 * 40 * 40);
        benchmark.check();
        // An iteration that ran nothing fails.
        assertThatThrownBy(benchmark::check).isInstanceOf(IllegalStateException.class);

        double[] reference = Heat.reference(Heat.initial(40), 40, 3);
        double[] wrong = reference.clone();
        wrong[17 * 40 + 17] *= 1 + 1e-9;
        assertThatThrownBy(() -> Diffusion.check("flat", wrong, reference))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("flat");
        wrong[17 * 40 + 17] = Double.NaN;
        assertThatThrownBy(() -> Diffusion.check("flat", wrong, reference)).isInstanceOf(IllegalStateException.class);
        Diffusion.check("flat", reference.clone(), reference);
    }

    @Test
    void refusesAnUnknownVariantAndAGridTooSmallToWrap() {
        assertThatThrownBy(() -> Rung.named("numpy")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rung.FLAT.start(new double[1], 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rung.FLAT.start(new double[8], 3)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A grid with a different value in every cell, so a neighbour taken from the wrong place shows. */
    private static double[] spread(int side) {
        double[] grid = new double[side * side];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = (i * 7919 % 1009) / 1009.0;
        }
        return grid;
    }
}
