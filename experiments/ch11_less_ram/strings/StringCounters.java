package dev.perflab.experiments.ch11.strings;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Carries the measured footprint to the run's results as the secondary result
 * {@code bytesPerString}. JMH 1.37 zeroes an {@code EVENTS} counter every iteration and adds the
 * values of all measurement iterations of all forks into the result, so each iteration reports an
 * equal share and the shares add up to the figure (as in {@code ch11.object-footprint}).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class StringCounters {

    /** Bytes per text ÷ (forks × measurement iterations) in an iteration; bytes per text in the result. */
    public double bytesPerString;

    static double iterationShare(double figure, BenchmarkParams benchmark) {
        return figure
                / (Math.max(benchmark.getForks(), 1)
                        * benchmark.getMeasurement().getCount());
    }
}
