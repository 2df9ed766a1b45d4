package dev.perflab.experiments.ch09.processpool;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Carries a pool's start-up time, measured once per trial outside the timed code, to the run's
 * results as the secondary result {@code poolStartMillis}, beside the time per operation it does
 * not include. A benchmark stores {@link PoolStartup#iterationShare} in it in every call.
 *
 * <p>JMH reports every public field and method of this class as a counter: helpers live in
 * {@link PoolStartup}.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class PoolStartCounters {

    /** Start-up milliseconds ÷ (forks × measurement iterations) in an iteration; the time in the result. */
    public double poolStartMillis;
}
