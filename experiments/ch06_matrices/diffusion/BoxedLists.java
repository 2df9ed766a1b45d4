package dev.perflab.experiments.ch06.diffusion;

import java.util.ArrayList;
import java.util.List;

/**
 * The book's pure Python, {@code diffusion_python.py}: a list of lists of boxed numbers, every
 * neighbour found with {@code %}, a new grid (and a new {@code Double} per cell) every step.
 */
final class BoxedLists implements Simulation {

    private final int side;
    private final List<List<Double>> initial;
    private List<List<Double>> result;

    BoxedLists(double[] initial, int side) {
        this.side = side;
        this.initial = new ArrayList<>(side);
        for (int row = 0; row < side; row++) {
            List<Double> cells = new ArrayList<>(side);
            for (int column = 0; column < side; column++) {
                cells.add(initial[row * side + column]);
            }
            this.initial.add(cells);
        }
    }

    @Override
    public void run(int steps) {
        List<List<Double>> grid = initial;
        for (int step = 0; step < steps; step++) {
            grid = evolve(grid);
        }
        result = grid;
    }

    private List<List<Double>> evolve(List<List<Double>> grid) {
        List<List<Double>> next = new ArrayList<>(side);
        for (int row = 0; row < side; row++) {
            List<Double> cells = new ArrayList<>(side);
            for (int column = 0; column < side; column++) {
                cells.add(Heat.updated(
                        grid.get(row).get(column),
                        grid.get((row + 1) % side).get(column),
                        grid.get((row - 1 + side) % side).get(column),
                        grid.get(row).get((column + 1) % side),
                        grid.get(row).get((column - 1 + side) % side)));
            }
            next.add(cells);
        }
        return next;
    }

    @Override
    public double[] grid() {
        double[] flat = new double[side * side];
        for (int row = 0; row < result.size(); row++) {
            for (int column = 0; column < side; column++) {
                flat[row * side + column] = result.get(row).get(column);
            }
        }
        return flat;
    }
}
