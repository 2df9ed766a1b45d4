package dev.perflab.experiments.ch06.diffusion;

import java.util.stream.IntStream;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The steps of the flat rungs ({@link FlatGrid.Step}), over row-major grids of side × side cells.
 * Each computes every cell by {@link Heat#updated}'s formula in its order, so all agree exactly.
 */
final class Stencil {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private Stencil() {}

    /** Every neighbour wrapped with {@code %}, cell by cell: two integer divisions per cell. */
    static void withModulo(double[] grid, double[] next, int side) {
        for (int row = 0; row < side; row++) {
            int here = row * side;
            int down = ((row + 1) % side) * side;
            int up = ((row - 1 + side) % side) * side;
            for (int column = 0; column < side; column++) {
                next[here + column] = Heat.updated(
                        grid[here + column],
                        grid[down + column],
                        grid[up + column],
                        grid[here + (column + 1) % side],
                        grid[here + (column - 1 + side) % side]);
            }
        }
    }

    /**
     * The wrap taken out of the hot loop (the book's {@code roll_add} idea): rows wrap once per row,
     * and the first and last column of each row are done apart, so the loop over the columns
     * between them is straight-line code over neighbouring indices, which C2 can vectorise.
     */
    static void edgesSplit(double[] grid, double[] next, int side) {
        for (int row = 0; row < side; row++) {
            int here = row * side;
            int down = ((row + 1) % side) * side;
            int up = ((row - 1 + side) % side) * side;
            edges(grid, next, side, here, down, up);
            for (int column = 1; column < side - 1; column++) {
                next[here + column] = Heat.updated(
                        grid[here + column],
                        grid[down + column],
                        grid[up + column],
                        grid[here + column + 1],
                        grid[here + column - 1]);
            }
        }
    }

    /** {@link #edgesSplit} with the columns between the edges done by the Vector API, a vector at a time. */
    static void vector(double[] grid, double[] next, int side) {
        for (int row = 0; row < side; row++) {
            vectorRow(grid, next, side, row);
        }
    }

    /** {@link #vector}, the rows shared among the common fork–join pool's threads and the caller. */
    static void parallelRows(double[] grid, double[] next, int side) {
        IntStream.range(0, side).parallel().forEach(row -> vectorRow(grid, next, side, row));
    }

    private static void vectorRow(double[] grid, double[] next, int side, int row) {
        int here = row * side;
        int down = ((row + 1) % side) * side;
        int up = ((row - 1 + side) % side) * side;
        edges(grid, next, side, here, down, up);
        int column = 1;
        for (int whole = 1 + SPECIES.loopBound(side - 2); column < whole; column += SPECIES.length()) {
            DoubleVector centre = DoubleVector.fromArray(SPECIES, grid, here + column);
            DoubleVector.fromArray(SPECIES, grid, down + column)
                    .add(DoubleVector.fromArray(SPECIES, grid, up + column))
                    .add(DoubleVector.fromArray(SPECIES, grid, here + column + 1))
                    .add(DoubleVector.fromArray(SPECIES, grid, here + column - 1))
                    .sub(centre.mul(4.0))
                    .mul(Heat.D_DT)
                    .add(centre)
                    .intoArray(next, here + column);
        }
        for (; column < side - 1; column++) {
            next[here + column] = Heat.updated(
                    grid[here + column],
                    grid[down + column],
                    grid[up + column],
                    grid[here + column + 1],
                    grid[here + column - 1]);
        }
    }

    /** The first and last cell of a row (side 2 or more), whose left and right neighbours wrap around the row. */
    private static void edges(double[] grid, double[] next, int side, int here, int down, int up) {
        int last = side - 1;
        next[here] = Heat.updated(grid[here], grid[down], grid[up], grid[here + 1], grid[here + last]);
        next[here + last] =
                Heat.updated(grid[here + last], grid[down + last], grid[up + last], grid[here], grid[here + last - 1]);
    }

    /** The lanes of a Vector API vector of doubles on this machine. */
    static int lanes() {
        return SPECIES.length();
    }
}
