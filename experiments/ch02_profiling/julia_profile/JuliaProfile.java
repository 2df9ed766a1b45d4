package dev.perflab.experiments.ch02.profile;

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

/** Time for one whole Julia set program: build the coordinates, iterate every point, sum the counts. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JuliaProfile {

    @Param("1000")
    public int size;

    @Param("300")
    public int maxIterations;

    @Param("book")
    public String variant;

    private JuliaVersion version;
    private ExpectedSum expectedSum;
    private long lastSum = -1;

    @Setup(Level.Trial)
    public void expectSum() {
        version = JuliaVersion.of(variant);
        expectedSum = ExpectedSum.of(
                size, maxIterations, () -> version.crossCheck().program.run(size, maxIterations));
    }

    @Benchmark
    public long julia() {
        lastSum = version.program.run(size, maxIterations);
        return lastSum;
    }

    /** A fast wrong answer is not a result: the run fails if the counts do not add up. */
    @TearDown(Level.Iteration)
    public void checkSum() {
        expectedSum.check(
                lastSum, "the " + variant + " program of size " + size + ", " + maxIterations + " iterations,");
    }
}
