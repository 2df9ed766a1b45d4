package dev.perflab.experiments.ch11.tokens;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Carries the figures measured once per fork, when the structure is built, to the run's results as
 * the secondary results {@code retainedMiB} and {@code buildMillis}.
 *
 * <p>JMH 1.37 zeroes an {@code EVENTS} counter at the start of every iteration, reports its value
 * at the end, and adds the values of all measurement iterations of all forks to make the result.
 * So each iteration reports an equal share, figure ÷ (forks × measurement iterations), and the
 * shares add up to the figure (with several forks, to the mean of the forks' figures).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class StoreCounters {

    /** The structure's heap after full collections, in MiB (1,048,576 bytes), as a share in an iteration. */
    public double retainedMiB;

    /** Milliseconds to build the structure from the unsorted tokens, as a share in an iteration. */
    public double buildMillis;
}
