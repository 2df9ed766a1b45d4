package dev.perflab.experiments.ch06.diffusion;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Nanoseconds to run {@code steps} steps of the book's heat diffusion on a {@code side × side}
 * periodic grid from its starting square, the way {@code variant} says (the score, per run), and
 * the time per cell update ({@link CellUpdates}). After every iteration the last run's grid is
 * checked against the reference grid, computed once per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Diffusion {

    /**
     * Largest difference allowed from the reference, relative to its peak. Every rung does the same
     * operations in the same order, so they agree exactly; the tolerance only leaves room for that
     * to change (a fused multiply–add would move the last bits).
     */
    static final double TOLERANCE = 1e-12;

    @Param("640")
    public int side;

    @Param("10")
    public int steps;

    @Param("flat-split")
    public String variant;

    private Simulation simulation;
    private double[] reference;
    private boolean ran;

    @Setup(Level.Trial)
    public void setUp() {
        double[] initial = Heat.initial(side);
        simulation = Rung.named(variant).start(initial, side);
        reference = Heat.reference(initial, side, steps);
    }

    @Benchmark
    public void run(CellUpdates counted) {
        simulation.run(steps);
        counted.cellUpdates += (long) steps * side * side;
        ran = true;
    }

    /** A fast wrong grid is no result: the run fails if an iteration's last grid is not the reference's. */
    @TearDown(Level.Iteration)
    public void check() {
        if (!ran) {
            throw new IllegalStateException(variant + " ran no step in this iteration");
        }
        ran = false;
        check(variant, simulation.grid(), reference);
    }

    static void check(String variant, double[] grid, double[] reference) {
        double difference = Heat.relativeDifference(grid, reference);
        if (!(difference <= TOLERANCE)) {
            throw new IllegalStateException(variant + "'s grid differs from the reference by " + difference
                    + " of its peak, more than " + TOLERANCE);
        }
    }
}
