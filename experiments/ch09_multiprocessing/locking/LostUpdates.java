package dev.perflab.experiments.ch09.locking;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Carries the increments lost per count to the run's results as the secondary result
 * {@code lostUpdates}: workers × increments minus the final count, averaged over the counts of an
 * iteration.
 *
 * <p>JMH 1.37 zeroes an {@code EVENTS} counter at the start of every iteration and adds the values
 * of all measurement iterations of all forks to make the result. So an iteration reports its mean ÷
 * (forks × measurement iterations), and the result is the mean of the iterations' means.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class LostUpdates {

    /** Lost increments per count, as a share of the run's result (see the class comment). */
    public double lostUpdates;

    static double iterationShare(double lostPerCount, int forks, int measurementIterations) {
        return lostPerCount / (Math.max(forks, 1) * Math.max(measurementIterations, 1));
    }
}
