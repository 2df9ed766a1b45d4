package dev.perflab.experiments.ch06.diffusion;

/**
 * The book's problem: heat diffusing over a square, periodic grid of {@code side × side} cells by
 * explicit Euler steps, {@code u' = u + D·dt·(down + up + right + left − 4u)} with D = 1 and
 * dt = 0.1. It starts cold but for a square of 0.005 over rows and columns [0.4·side, 0.5·side).
 * Grids are row-major {@code double[]} here; every rung's result is held against
 * {@link #reference}.
 */
final class Heat {

    /** D · dt: the share of each neighbour's difference a cell takes in one step. */
    static final double D_DT = 1.0 * 0.1;

    static final double HOT = 0.005;

    private Heat() {}

    /**
     * One cell's next value. Every rung adds in this order (down, up, right, left, then − 4u), so
     * they agree to the last bit: Java neither reorders nor fuses floating-point operations.
     */
    static double updated(double centre, double down, double up, double right, double left) {
        return centre + D_DT * (down + up + right + left - 4.0 * centre);
    }

    /** The starting grid: zero everywhere but the hot square. */
    static double[] initial(int side) {
        double[] grid = new double[side * side];
        int low = (int) (side * 0.4);
        int high = (int) (side * 0.5);
        for (int row = low; row < high; row++) {
            for (int column = low; column < high; column++) {
                grid[row * side + column] = HOT;
            }
        }
        return grid;
    }

    /**
     * The grid after {@code steps} steps from {@code initial}, written for clarity rather than speed:
     * every neighbour's index wrapped by {@link Math#floorMod}.
     */
    static double[] reference(double[] initial, int side, int steps) {
        double[] grid = initial.clone();
        double[] next = new double[grid.length];
        for (int step = 0; step < steps; step++) {
            for (int row = 0; row < side; row++) {
                for (int column = 0; column < side; column++) {
                    next[row * side + column] = updated(
                            grid[row * side + column],
                            grid[Math.floorMod(row + 1, side) * side + column],
                            grid[Math.floorMod(row - 1, side) * side + column],
                            grid[row * side + Math.floorMod(column + 1, side)],
                            grid[row * side + Math.floorMod(column - 1, side)]);
                }
            }
            double[] swap = grid;
            grid = next;
            next = swap;
        }
        return grid;
    }

    /**
     * The largest difference between two grids, relative to the largest value of {@code reference}
     * (the hot square's, or what is left of it); infinite when the sizes differ or a value is NaN.
     */
    static double relativeDifference(double[] grid, double[] reference) {
        if (grid.length != reference.length) {
            return Double.POSITIVE_INFINITY;
        }
        double peak = Double.MIN_NORMAL;
        double worst = 0;
        for (int i = 0; i < grid.length; i++) {
            peak = Math.max(peak, Math.abs(reference[i]));
            double difference = Math.abs(grid[i] - reference[i]);
            if (!(difference <= worst)) {
                worst = Double.isNaN(difference) ? Double.POSITIVE_INFINITY : difference;
            }
        }
        return worst / peak;
    }

    /** The heat in the grid: explicit Euler on a periodic grid keeps it, up to rounding. */
    static double total(double[] grid) {
        double sum = 0;
        for (double value : grid) {
            sum += value;
        }
        return sum;
    }
}
