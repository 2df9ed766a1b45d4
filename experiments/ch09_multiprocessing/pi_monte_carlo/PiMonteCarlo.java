package dev.perflab.experiments.ch09.pi;

import dev.perflab.experiments.ch09.processpool.PoolStartCounters;
import dev.perflab.experiments.ch09.processpool.PoolStartup;
import dev.perflab.experiments.ch09.processpool.ProcessPool;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
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
 * Time for one π estimate from {@code samples} darts split over {@code workers} threads, or worker
 * processes for the {@code process-pool} variant. The pool is started once per trial, outside the
 * timed code, like a {@code multiprocessing.Pool} created before the loop; its start-up time is the
 * secondary result {@code poolStartMillis}.
 */
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

    private ThreadPoolExecutor threads;
    private ProcessPool processes;
    private PiEstimator estimator;
    private double poolStartShare;
    private PiEstimator.Estimate last;

    @Setup(Level.Trial)
    public void startWorkers(BenchmarkParams benchmark) {
        PiEstimator.Variant chosen = PiEstimator.Variant.of(variant);
        long seed = 20_260_101L;
        Duration startup;
        if (chosen == PiEstimator.Variant.PROCESS_POOL) {
            processes = ProcessPool.start(workers);
            startup = processes.startup();
            estimator = PiEstimator.onProcesses(processes, seed);
        } else {
            var started = PoolStartup.startThreads(workers);
            threads = started.pool();
            startup = started.startup();
            estimator = PiEstimator.onThreads(threads, workers, chosen, seed);
        }
        poolStartShare = PoolStartup.iterationShare(startup, benchmark);
    }

    /** The store to {@code counters} is one field write beside millions of darts. */
    @Benchmark
    public double estimate(PoolStartCounters counters) throws InterruptedException, ExecutionException {
        counters.poolStartMillis = poolStartShare;
        last = estimator.estimate(samples);
        return last.pi();
    }

    /** A fast wrong answer is not a result: the run fails if the estimate is off. */
    @TearDown(Level.Iteration)
    public void checkEstimate() {
        double pi = last.pi();
        if (!(Math.abs(pi - Math.PI) <= PiEstimator.tolerance(samples))) {
            throw new IllegalStateException("π estimate " + pi + " is off by more than "
                    + PiEstimator.tolerance(samples) + " for " + samples + " darts");
        }
    }

    /**
     * The last estimate's hits, counted again on one thread from the same seeds, must be the same
     * number: a worker whose share was lost, doubled or thrown from the wrong stream fails the run.
     * {@code shared-random}'s hits depend on how its threads interleaved, so only its π is checked.
     */
    @TearDown(Level.Trial)
    public void checkHitsAndStopWorkers() {
        try {
            PiEstimator.Variant chosen = PiEstimator.Variant.of(variant);
            if (chosen != PiEstimator.Variant.SHARED_RANDOM) {
                long replayed = PiEstimator.replay(chosen, last);
                if (replayed != last.hits()) {
                    throw new IllegalStateException(variant + " counted " + last.hits() + " hits for " + samples
                            + " darts on " + workers + " workers; the same seeds give " + replayed);
                }
            }
        } finally {
            if (threads != null) {
                threads.shutdownNow();
            }
            if (processes != null) {
                processes.close();
            }
        }
    }
}
