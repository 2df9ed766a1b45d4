package dev.perflab.experiments.ch09.processpool;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What starting a pool cost, for {@link PoolStartCounters}: a thread pool's start-up measured the
 * way {@link ProcessPool#startup()} measures a process pool's, from creating it to every worker
 * running.
 */
public final class PoolStartup {

    private PoolStartup() {}

    /** A fixed pool of {@code workers} threads, all started, and how long that took. */
    public record StartedThreads(ThreadPoolExecutor pool, Duration startup) {}

    public static StartedThreads startThreads(int workers) {
        long started = System.nanoTime();
        var pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(workers);
        pool.prestartAllCoreThreads();
        return new StartedThreads(pool, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * What one iteration must report so that JMH's sum over the run is the start-up time. JMH 1.37
     * zeroes an {@code EVENTS} counter at the start of every iteration and adds the values of all
     * measurement iterations of all forks into the result, so the shares add up to the start-up
     * time itself (the mean over forks when there are several).
     */
    public static double iterationShare(Duration startup, BenchmarkParams benchmark) {
        return iterationShare(
                startup, benchmark.getForks(), benchmark.getMeasurement().getCount());
    }

    static double iterationShare(Duration startup, int forks, int measurementIterations) {
        return startup.toNanos() / 1e6 / (Math.max(forks, 1) * measurementIterations);
    }
}
