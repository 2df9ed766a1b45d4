package dev.perflab.experiments.ch02.overhead;

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

/** Time for one whole book Julia program while it is watched one way or another. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProfilerOverhead {

    @Param("500")
    public int size;

    @Param("300")
    public int maxIterations;

    @Param("none")
    public String variant;

    private Measurement measurement;
    private ExpectedSum expectedSum;
    private long lastSum = -1;
    private ProfilingRecording recording;
    private final StageTimers timers = new StageTimers();
    private final LineTracer tracer = new LineTracer(TracedJulia.LINES);

    @Setup(Level.Trial)
    public void startWatching() {
        measurement = Measurement.of(variant);
        // Off the book's run, the sum is checked against the array version, written independently.
        expectedSum = ExpectedSum.of(size, maxIterations, () -> JuliaArrays.calcArrays(size, maxIterations));
        if (measurement == Measurement.JFR) {
            recording = ProfilingRecording.start();
        }
    }

    @Benchmark
    public long julia() {
        lastSum = switch (measurement) {
            case NONE, JFR -> JuliaSet.calcPurePython(size, maxIterations);
            case TIMERS -> timers.calcPurePython(size, maxIterations);
            case INSTRUMENTATION -> TracedJulia.calcPurePython(size, maxIterations, tracer);
        };
        return lastSum;
    }

    /** A fast wrong answer is not a result: the run fails if the counts do not add up. */
    @TearDown(Level.Iteration)
    public void checkSum() {
        expectedSum.check(
                lastSum,
                "the program of size " + size + ", " + maxIterations + " iterations, watched by " + variant + ",");
    }

    @TearDown(Level.Trial)
    public void stopWatching() {
        if (recording != null) {
            recording.close();
        }
    }
}
