package dev.perflab.experiments.ch03.growth;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the appends of an iteration. JMH reports an {@code OPERATIONS} counter like the score, in
 * the benchmark's mode: in average-time mode the secondary result {@code appends} is the time per
 * append, measured time ÷ appends counted, whatever N is.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class AppendCount {

    public long appends;
}
