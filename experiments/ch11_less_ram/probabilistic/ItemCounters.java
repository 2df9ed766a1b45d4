package dev.perflab.experiments.ch11.probabilistic;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Items offered, as an {@code OPERATIONS} counter: in average-time mode its secondary result
 * {@code item} is the time per item at every stream length, which a constant
 * {@code @OperationsPerInvocation} cannot give.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ItemCounters {

    public long item;
}
