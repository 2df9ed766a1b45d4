package dev.perflab.experiments.ch01.memoryhierarchy;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Nanoseconds per load from a working set of {@code workingSetKiB} KiB of ints, walked as
 * {@code variant} says. One operation is one load: each call makes {@link #LOADS} of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MemoryHierarchy {

    /**
     * Loads per call: enough that the call's own cost vanishes beside them (65,536 L1 hits take
     * about 90 µs), few enough that calls from RAM (15–20 ms each) still fill an iteration.
     */
    static final int LOADS = 1 << 16;

    /** Every fork draws the same random cycle for the same size. */
    static final long SEED = 20_260_101L;

    @Param("16")
    public long workingSetKiB;

    @Param("random-chase")
    public String variant;

    private Walk walk;

    /** Building a random cycle over hundreds of MiB takes seconds: once per fork, never timed. */
    @Setup(Level.Trial)
    public void build() {
        walk = Pattern.of(variant).walkOver(workingSetKiB, SEED);
    }

    /** The last slot reached or the sum goes back to JMH, so the JIT cannot drop a single load. */
    @Benchmark
    @OperationsPerInvocation(LOADS)
    public long load() {
        return walk.advance(LOADS);
    }

    /** A fast wrong answer is not a result: a chase off its cycle or a wrong sum fails the run. */
    @TearDown(Level.Iteration)
    public void check() {
        walk.check();
    }
}
