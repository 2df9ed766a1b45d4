package dev.perflab.experiments.ch07.boxedvsprimitive;

import dev.perflab.experiments.ch02.julia.ExpectedSum;
import dev.perflab.experiments.ch02.julia.JuliaArrays;
import dev.perflab.experiments.ch02.julia.JuliaSet;
import java.util.Arrays;
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
 * Time for one pass of the Julia kernel over a grid built once, with z held as a {@code Complex}
 * object, as boxed {@code Double}s, or as primitive doubles (with {@code abs(z)} or with the maths
 * expanded). The output array is allocated once, so what a pass allocates is the kernel's own:
 * the gc profiler's {@code gc.alloc.rate.norm} shows it in bytes per pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BoxedVsPrimitive {

    @Param("400")
    public int size;

    @Param("300")
    public int maxIterations;

    @Param("complex-object")
    public String variant;

    private Variant.Pass pass;
    private int[] output;
    private ExpectedSum expectedSum;
    private long lastSum = -1;

    @Setup(Level.Trial)
    public void buildGrid() {
        Variant kernel = Variant.of(variant);
        pass = kernel.prepare(size);
        output = new int[JuliaArrays.buildGrid(size).points()];
        // Off the book's run, the sum comes from a program other than the one measured.
        expectedSum = ExpectedSum.of(
                size,
                maxIterations,
                kernel == Variant.COMPLEX_OBJECT
                        ? () -> JuliaArrays.calcArrays(size, maxIterations)
                        : () -> JuliaSet.calcPurePython(size, maxIterations));
    }

    @Benchmark
    public long kernel() {
        // Cleared each pass (a few microseconds), so counts left from the last pass cannot pass the check.
        Arrays.fill(output, 0);
        pass.run(maxIterations, output);
        lastSum = JuliaSet.sum(output);
        return lastSum;
    }

    /** A fast wrong answer is not a result: the run fails if the counts do not add up. */
    @TearDown(Level.Iteration)
    public void checkSum() {
        expectedSum.check(
                lastSum, "the " + variant + " kernel of size " + size + ", " + maxIterations + " iterations,");
    }
}
