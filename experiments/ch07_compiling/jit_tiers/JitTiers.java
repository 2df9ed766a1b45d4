package dev.perflab.experiments.ch07.jittiers;

import dev.perflab.experiments.ch02.julia.ExpectedSum;
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
 * One pass of the Julia kernel over a grid built once, in a JVM running one compiler tier. The
 * forks of each {@code tier} get that tier's flags from the definition; the fork checks them
 * before measuring. Every iteration of a fork, warm-up included, is reported, so the run shows the
 * warm-up from a cold start: iterations are short, and the first ones run before the JIT has
 * compiled the kernel.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JitTiers {

    @Param("tiered")
    public String tier;

    @Param("primitive-expanded")
    public String kernel;

    @Param("100")
    public int size;

    @Param("300")
    public int maxIterations;

    private Kernel.Pass pass;
    private ExpectedSum expectedSum;
    private long lastSum = -1;

    @Setup(Level.Trial)
    public void prepare() {
        Tier.of(tier).requireActive(Tier.ofThisJvm());
        Kernel measured = Kernel.of(kernel);
        pass = measured.prepare(size);
        expectedSum = ExpectedSum.of(size, maxIterations, () -> measured.crossCheck(size, maxIterations));
    }

    @Benchmark
    public long pass() {
        lastSum = pass.run(maxIterations);
        return lastSum;
    }

    /** A fast wrong answer is not a result: the run fails if the counts do not add up. */
    @TearDown(Level.Iteration)
    public void checkSum() {
        expectedSum.check(
                lastSum,
                "the " + kernel + " kernel under tier " + tier + ", size " + size + ", " + maxIterations
                        + " iterations,");
    }
}
