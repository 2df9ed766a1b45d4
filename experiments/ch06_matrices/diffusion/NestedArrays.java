package dev.perflab.experiments.ch06.diffusion;

/**
 * A {@code double[][]}, one array per row, every neighbour found with {@code %}: either a new grid
 * every step ({@code reuse} false, the book's list of lists with the boxes gone) or two grids
 * written in turn ({@code reuse} true, the book's {@code diffusion_python_memory.py}).
 */
final class NestedArrays implements Simulation {

    private final int side;
    private final boolean reuse;
    private final double[][] initial;
    private final double[][][] buffers;
    private double[][] result;

    NestedArrays(double[] initial, int side, boolean reuse) {
        this.side = side;
        this.reuse = reuse;
        this.initial = new double[side][];
        for (int row = 0; row < side; row++) {
            this.initial[row] = java.util.Arrays.copyOfRange(initial, row * side, (row + 1) * side);
        }
        this.buffers = reuse ? new double[][][] {new double[side][side], new double[side][side]} : null;
    }

    @Override
    public void run(int steps) {
        double[][] grid = initial;
        for (int step = 0; step < steps; step++) {
            double[][] next = reuse ? buffers[step % 2] : new double[side][side];
            evolve(grid, next);
            grid = next;
        }
        result = grid;
    }

    private void evolve(double[][] grid, double[][] next) {
        for (int row = 0; row < side; row++) {
            for (int column = 0; column < side; column++) {
                next[row][column] = Heat.updated(
                        grid[row][column],
                        grid[(row + 1) % side][column],
                        grid[(row - 1 + side) % side][column],
                        grid[row][(column + 1) % side],
                        grid[row][(column - 1 + side) % side]);
            }
        }
    }

    @Override
    public double[] grid() {
        double[] flat = new double[side * side];
        for (int row = 0; row < side; row++) {
            System.arraycopy(result[row], 0, flat, row * side, side);
        }
        return flat;
    }
}
