package dev.perflab.experiments.ch04.lookupscope;

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

/** Time per call of a one-line function reached as {@code access} says, in a loop of {@link HotLoop#CALLS} calls. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LookupScope {

    @Param("local")
    public String access;

    /** Not a constant: the JIT must not fold the loop into its answer. */
    private long seed = 20_260_404L;

    private HotLoop loop;
    private long expected;
    private long passes;
    private long wrongPasses;

    @Setup(Level.Trial)
    public void prepare() {
        loop = new HotLoop(Access.of(access));
        expected = HotLoop.expected(seed);
    }

    @Benchmark
    @OperationsPerInvocation(HotLoop.CALLS)
    public long call() {
        long folded = loop.pass(seed);
        passes++;
        if (folded != expected) {
            wrongPasses++;
        }
        return folded;
    }

    /** A fast wrong answer is not a result: the run fails if any pass folded to anything but the expected value. */
    @TearDown(Level.Iteration)
    public void checkPasses() {
        if (passes == 0 || wrongPasses != 0) {
            throw new IllegalStateException(
                    wrongPasses + " of " + passes + " passes of " + access + " did not fold to " + expected);
        }
    }
}
