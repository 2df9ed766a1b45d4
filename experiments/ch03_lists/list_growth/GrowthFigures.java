package dev.perflab.experiments.ch03.growth;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Carries what the list's backing array was measured to hold to the run's results, as the secondary
 * results {@code capacity} (slots) and {@code wastedBytes} (bytes of empty slots).
 *
 * <p>JMH 1.37 treats an {@code EVENTS} counter as a count: it zeroes the field at the start of every
 * iteration and adds the values of all measurement iterations of all forks into the result. So each
 * iteration reports an equal share of the figure, and the shares add up to it.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class GrowthFigures {

    /** Slots in the backing array after N appends ÷ (forks × measurement iterations). */
    public double capacity;

    /** (slots − N) × bytes per slot ÷ (forks × measurement iterations). */
    public double wastedBytes;

    /** Both figures, each divided into the equal shares whose sum over the run is the figure. */
    record Shares(double capacity, double wastedBytes) {
        static Shares of(BackingArray backing, int size, BenchmarkParams benchmark) {
            return of(
                    backing,
                    size,
                    benchmark.getForks(),
                    benchmark.getMeasurement().getCount());
        }

        static Shares of(BackingArray backing, int size, int forks, int measurementIterations) {
            double iterations = (double) Math.max(forks, 1) * measurementIterations;
            return new Shares(backing.capacity() / iterations, backing.wastedBytes(size) / iterations);
        }
    }

    void report(Shares shares) {
        capacity = shares.capacity();
        wastedBytes = shares.wastedBytes();
    }
}
