package dev.perflab.experiments.ch06.diffusion;

/**
 * One row-major {@code double[]} per grid and two of them written in turn, each step computed from
 * the last by a {@link Step}: the rungs from {@code flat} up differ only in that step.
 */
final class FlatGrid implements Simulation {

    /** Writes the grid after one step from {@code grid} into {@code next}, both side × side. */
    @FunctionalInterface
    interface Step {
        void evolve(double[] grid, double[] next, int side);
    }

    private final int side;
    private final Step step;
    private final double[] initial;
    private final double[][] buffers;
    private double[] result;

    FlatGrid(double[] initial, int side, Step step) {
        this.side = side;
        this.step = step;
        this.initial = initial.clone();
        this.buffers = new double[][] {new double[initial.length], new double[initial.length]};
    }

    @Override
    public void run(int steps) {
        double[] grid = initial;
        for (int n = 0; n < steps; n++) {
            double[] next = buffers[n % 2];
            step.evolve(grid, next, side);
            grid = next;
        }
        result = grid;
    }

    @Override
    public double[] grid() {
        return result.clone();
    }
}
