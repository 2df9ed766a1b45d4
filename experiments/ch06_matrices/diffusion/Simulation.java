package dev.perflab.experiments.ch06.diffusion;

/**
 * One rung of the ladder set up on a grid: its own copy of the starting grid in its own layout,
 * and whatever buffers it reuses. Every {@link #run} starts again from that copy, which no run
 * writes to, so each run does the same work and ends on the same grid.
 */
interface Simulation {

    /** Evolves the starting grid {@code steps} times, keeping the result. */
    void run(int steps);

    /** The last run's result as a row-major {@code double[]}, for the check (not timed). */
    double[] grid();
}
