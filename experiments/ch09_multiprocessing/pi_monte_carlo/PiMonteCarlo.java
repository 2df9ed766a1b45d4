package dev.perflab.experiments.ch09.pi;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

/** Time for one π estimate from {@code samples} darts split over {@code workers} threads. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PiMonteCarlo {

    @Param("1")
    public int workers;

    @Param("20000000")
    public long samples;

    @Param("thread-local-random")
    public String variant;

    private ExecutorService pool;
    private PiEstimator estimator;
    private double lastEstimate = Double.NaN;

    @Setup(Level.Trial)
    public void startWorkers() {
        pool = Executors.newFixedThreadPool(workers);
        estimator = new PiEstimator(pool, workers, PiEstimator.Variant.of(variant), 20_260_101L);
    }

    @Benchmark
    public double estimate() throws InterruptedException, ExecutionException {
        lastEstimate = estimator.estimate(samples);
        return lastEstimate;
    }

    /** A fast wrong answer is not a result: the run fails if the estimate is off. */
    @TearDown(Level.Iteration)
    public void checkEstimate() {
        if (!(Math.abs(lastEstimate - Math.PI) <= PiEstimator.tolerance(samples))) {
            throw new IllegalStateException("π estimate " + lastEstimate + " is off by more than "
                    + PiEstimator.tolerance(samples) + " for " + samples + " darts");
        }
    }

    @TearDown(Level.Trial)
    public void stopWorkers() {
        pool.shutdownNow();
    }
}
