package dev.perflab.experiments.ch10.pi;

import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Time for one π estimate from {@code samples} darts split over {@code workers} workers: threads in
 * this JVM, or members of a Hazelcast cluster, each a JVM of its own on loopback. Starting the
 * workers happens once per trial, outside the measured time, and is reported apart in
 * {@link PiCounters}, as is each estimate's time beyond its slowest worker's compute.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClusterPi {

    @Param("1")
    public int workers;

    @Param("50000000")
    public long samples;

    @Param("threads")
    public String placement;

    private PiWorkers pool;
    private SplittableRandom seeds;
    private double startupMillisShare;
    private double shareFactor;
    private long estimates;
    private long computeNanos;
    private long coordinationNanos;
    private double lastEstimate = Double.NaN;

    @Setup(Level.Trial)
    public void startWorkers(BenchmarkParams benchmark) throws IOException, InterruptedException {
        long start = System.nanoTime();
        pool = switch (Placement.of(placement)) {
            case THREADS -> PiWorkers.Threads.start(workers);
            case CLUSTER -> PiWorkers.Cluster.start(workers);
        };
        double startupMillis = (System.nanoTime() - start) / 1e6;
        shareFactor = PiCounters.iterationShare(1, benchmark);
        startupMillisShare = startupMillis * shareFactor;
        seeds = new SplittableRandom(20_261_126L);
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        estimates = 0;
        computeNanos = 0;
        coordinationNanos = 0;
    }

    @Benchmark
    public double estimate(PiCounters counters) throws InterruptedException, ExecutionException {
        long start = System.nanoTime();
        PiWorkers.Estimate estimate = pool.estimate(samples, seeds);
        long elapsed = System.nanoTime() - start;
        estimates++;
        computeNanos += estimate.slowestComputeNanos();
        coordinationNanos += Math.max(0, elapsed - estimate.slowestComputeNanos());
        // Running means so far in this iteration; JMH reads the last ones written.
        counters.startupMillis = startupMillisShare;
        counters.computeMillis = computeNanos / 1e6 / estimates * shareFactor;
        counters.coordinationMillis = coordinationNanos / 1e6 / estimates * shareFactor;
        lastEstimate = estimate.pi();
        return lastEstimate;
    }

    /** A fast wrong answer is not a result: the run fails if the estimate is off. */
    @TearDown(Level.Iteration)
    public void checkEstimate() {
        if (!(Math.abs(lastEstimate - Math.PI) <= DartTask.tolerance(samples))) {
            throw new IllegalStateException("π estimate " + lastEstimate + " from " + workers + " " + placement
                    + " is off by more than " + DartTask.tolerance(samples) + " for " + samples + " darts");
        }
    }

    @TearDown(Level.Trial)
    public void stopWorkers() throws InterruptedException {
        pool.close();
    }
}
