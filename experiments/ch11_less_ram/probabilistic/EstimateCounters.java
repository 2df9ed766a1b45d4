package dev.perflab.experiments.ch11.probabilistic;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Carries the figures measured once per fork to the run's results. JMH 1.37 zeroes an
 * {@code EVENTS} counter every iteration and adds up the values of all measurement iterations of
 * all forks into the result, so each iteration reports an equal share (as in
 * {@code ch11.object-footprint}) and the result carries the figure itself.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class EstimateCounters {

    /** The structure's estimate after the whole (first) stream; the truth is {@code items}. */
    public double estimate;

    /**
     * |estimate − items| ÷ items in percent; over several streams, the root mean square of it, which
     * the documented standard error predicts.
     */
    public double errorPercent;

    /** The bytes the structure keeps alive, walked by JOL after the stream. */
    public double bytesUsed;

    static double iterationShare(double figure, BenchmarkParams benchmark) {
        return figure
                / (Math.max(benchmark.getForks(), 1)
                        * benchmark.getMeasurement().getCount());
    }
}
