package dev.perflab.experiments.ch03.tuple;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time to create one small container of four ints, the {@code variant}, and sum it back. JMH
 * consumes the returned sum, never the container: whether the container is allocated at all is
 * up to the JIT, and the {@code gc} profiler's bytes per operation says what it decided.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SmallContainers {

    /** How many first values the calls cycle through, a power of two: 0..63. */
    static final int FIRST_VALUES = 64;

    @Param("record")
    public String variant;

    private Container container;
    private int next;
    private long wrongSums;

    @Setup(Level.Trial)
    public void choose() {
        container = Container.of(variant);
    }

    /** The first value changes every call, so the JIT cannot fold the sum to a constant. */
    @Benchmark
    public int createAndSum() {
        int first = next;
        next = (first + 1) & (FIRST_VALUES - 1);
        int sum = container.sumOfNew(first);
        if (sum != Container.expectedSum(first)) {
            wrongSums++;
        }
        return sum;
    }

    /** A fast wrong answer is not a result: the run fails if any sum was off. */
    @TearDown(Level.Iteration)
    public void checkSums() {
        if (wrongSums > 0) {
            throw new IllegalStateException(variant + " summed " + wrongSums + " containers wrongly");
        }
    }
}
