package dev.perflab.harness;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Not an experiment: the run the lab makes once per benchmarks jar and JDK while its JVMs record
 * which classes a run loads, for their ahead-of-time class caches (the server's
 * {@code fork.ClassCaches}). It exercises what every run exercises: JMH's host and fork, a
 * parameter, state, the lab's event output and profilers. The catalog does not list it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Training {

    @Param("1000")
    public int size;

    private long[] values;

    @Setup
    public void fill() {
        values = new long[size];
        for (int i = 0; i < size; i++) {
            values[i] = i * 31L;
        }
    }

    @Benchmark
    public long sum() {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }
}
