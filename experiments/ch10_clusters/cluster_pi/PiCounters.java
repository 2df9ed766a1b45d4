package dev.perflab.experiments.ch10.pi;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The costs an estimate's time hides, as secondary results in milliseconds: starting the workers
 * (once per trial) and, per estimate, the slowest worker's compute and what the rest of the
 * estimate's time went to — sending the tasks, scheduling them, collecting the answers.
 *
 * <p>JMH 1.37 zeroes an {@code EVENTS} counter at the start of every iteration, reads it at the end
 * and adds the readings of all measurement iterations of all forks. So every iteration reports its
 * figure divided by (forks × measurement iterations): the shares add up to the mean figure.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class PiCounters {

    /** Starting the workers: member JVMs up and joined plus the client connected, or a thread pool. */
    public double startupMillis;

    /** Per estimate, the slowest worker's own time throwing darts. */
    public double computeMillis;

    /** Per estimate, its time beyond the slowest worker's compute: the cost of spreading the work. */
    public double coordinationMillis;

    static double iterationShare(double figure, BenchmarkParams benchmark) {
        return iterationShare(
                figure, benchmark.getForks(), benchmark.getMeasurement().getCount());
    }

    static double iterationShare(double figure, int forks, int measurementIterations) {
        return figure / (Math.max(forks, 1) * measurementIterations);
    }
}
