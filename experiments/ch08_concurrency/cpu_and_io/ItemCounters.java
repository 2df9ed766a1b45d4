package dev.perflab.experiments.ch08.cpuio;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The secondary result {@code items}: JMH reports an {@code OPERATIONS} counter like the score,
 * so in average-time mode it is the time per item. For the no-io variant that is the time of one
 * hash, the book's Table 8-2 figure.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ItemCounters {

    /** Items hashed (and stored) in this iteration. */
    public long items;
}
