package dev.perflab.experiments.ch12.journey;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Carries the heap bytes one count allocates, on all threads, to the run's results as the
 * secondary result {@code allocatedMiB}.
 *
 * <p>JMH 1.37 zeroes an {@code EVENTS} counter at the start of every iteration, reports its value
 * at the end, and adds the values of all measurement iterations of all forks to make the result.
 * So each call stores the iteration's mean so far divided by (forks × measurement iterations): the
 * last store of an iteration is its share, and the shares add up to the mean over the run.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class AllocationCounters {

    /** MiB (1,048,576 bytes) allocated per count, as a share (see above) in an iteration. */
    public double allocatedMiB;
}
