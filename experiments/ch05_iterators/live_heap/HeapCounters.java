package dev.perflab.experiments.ch05.liveheap;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Carries the peak reachable heap, measured once per fork by {@link LiveHeap}, to the run's results
 * as the secondary result {@code peakLiveMiB}; {@link LiveHeap.Peak#iterationShareMiB} is what an
 * iteration reports.
 *
 * <p>JMH 1.37 treats an {@code EVENTS} counter as a count of events: it zeroes the field at the
 * start of every iteration, reports its value at the end, and adds the values of all measurement
 * iterations of all forks to make the result. So each iteration reports an equal share of the
 * figure, and the shares add up to it (with several forks, to the mean over the forks' figures
 * times one: each fork adds its own figure ÷ forks).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class HeapCounters {

    /**
     * Peak reachable heap in MiB ÷ (forks × measurement iterations) in an iteration; in the result,
     * the peak reachable heap in MiB (1 MiB = 1,048,576 bytes).
     */
    public double peakLiveMiB;
}
