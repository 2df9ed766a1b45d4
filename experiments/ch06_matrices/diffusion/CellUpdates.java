package dev.perflab.experiments.ch06.diffusion;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the cell updates of an iteration (side² per step). JMH reports an {@code OPERATIONS}
 * counter like the score, in the benchmark's mode: in average-time mode the secondary result
 * {@code cellUpdates} is the measured time ÷ the cells updated, the time per cell update at every
 * grid size and step count.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class CellUpdates {

    public long cellUpdates;
}
