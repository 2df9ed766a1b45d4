package dev.perflab.experiments.ch02.conditions;

import dev.perflab.experiments.ch02.julia.ExpectedSum;
import dev.perflab.experiments.ch02.julia.JuliaArrays;
import dev.perflab.experiments.ch02.julia.JuliaSet;
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
 * Time for the Julia kernel over every point of a grid built once, with the loop's two tests in
 * one order or the other. Which compiler runs it is the run's JVM option (-Xint, C1 only, or the
 * default tiered JIT).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConditionOrder {

    @Param("150")
    public int size;

    @Param("300")
    public int maxIterations;

    @Param("abs-first")
    public String variant;

    private TestOrder order;
    private JuliaSet.Coordinates coordinates;
    private ExpectedSum expectedSum;
    private long lastSum = -1;

    @Setup(Level.Trial)
    public void buildGrid() {
        order = TestOrder.of(variant);
        coordinates = JuliaSet.buildCoordinates(size);
        // Off the book's run, the sum is checked against the array version, written independently.
        expectedSum = ExpectedSum.of(size, maxIterations, () -> JuliaArrays.calcArrays(size, maxIterations));
    }

    @Benchmark
    public long kernel() {
        lastSum = JuliaSet.sum(order.calculateZ(maxIterations, coordinates));
        return lastSum;
    }

    /** A fast wrong answer is not a result: the run fails if the counts do not add up. */
    @TearDown(Level.Iteration)
    public void checkSum() {
        expectedSum.check(
                lastSum, "the " + variant + " kernel of size " + size + ", " + maxIterations + " iterations,");
    }
}
