package dev.perflab.experiments.ch11.footprint;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Carries the measured footprint to the run's results as the secondary result
 * {@code bytesPerElement}.
 *
 * <p>JMH 1.37 treats an {@code EVENTS} counter as a count of events: it zeroes the field at the
 * start of every iteration (after the iteration's {@code @Setup}), reports its value at the end,
 * and adds the values of all measurement iterations of all forks to make the result. So each
 * iteration reports an equal share of the figure, and the shares add up to it.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class FootprintCounters {

    /**
     * Bytes per element ÷ (forks × measurement iterations) in an iteration; bytes per element,
     * the figure measured, in the result.
     */
    public double bytesPerElement;

    /**
     * The bytes of a bare {@code Object} in the fork, shared out the same way: 16 with 12-byte
     * headers, 8 with compact object headers — the proof of which header layout the fork used.
     */
    public double bareObjectBytes;

    /** What one iteration must report so that JMH's sum over the run is {@code bytesPerElement}. */
    static double iterationShare(double bytesPerElement, BenchmarkParams benchmark) {
        return iterationShare(
                bytesPerElement,
                benchmark.getForks(),
                benchmark.getMeasurement().getCount());
    }

    static double iterationShare(double bytesPerElement, int forks, int measurementIterations) {
        return bytesPerElement / (Math.max(forks, 1) * measurementIterations);
    }
}
