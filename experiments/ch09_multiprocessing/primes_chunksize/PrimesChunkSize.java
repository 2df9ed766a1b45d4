package dev.perflab.experiments.ch09.primes;

import dev.perflab.experiments.ch09.processpool.PoolStartCounters;
import dev.perflab.experiments.ch09.processpool.PoolStartup;
import dev.perflab.experiments.ch09.processpool.ProcessPool;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
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
 * Time to find the primes among {@code rangeSize} numbers from {@code rangeStart} with
 * {@code workers} threads or worker processes ({@code pool}), handed out in tasks of
 * {@code chunkSize} numbers — or, when {@code chunkSize} is 0, in {@code chunks} tasks of (nearly)
 * equal size. The pool is started once per trial, outside the timed code; its start-up time is
 * the secondary result {@code poolStartMillis}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PrimesChunkSize {

    @Param("1000")
    public int chunkSize;

    /** 0 while {@code chunkSize} governs; exactly one of the two is above 0. */
    @Param("0")
    public int chunks;

    @Param("2")
    public int workers;

    @Param("threads")
    public String pool;

    @Param("100000000")
    public long rangeStart;

    @Param("100000")
    public int rangeSize;

    private ExecutorService threads;
    private ProcessPool processes;
    private PrimeCounter counter;
    private Chunks cut;
    private double poolStartShare;
    private long expectedPrimes;
    private long lastCount = -1;

    @Setup(Level.Trial)
    public void startWorkers(BenchmarkParams benchmark) {
        cut = cut(rangeStart, rangeSize, chunkSize, chunks);
        Duration startup;
        switch (pool) {
            case "threads" -> {
                var started = PoolStartup.startThreads(workers);
                threads = started.pool();
                startup = started.startup();
                counter = PrimeCounter.onThreads(threads);
            }
            case "processes" -> {
                processes = ProcessPool.start(workers);
                startup = processes.startup();
                counter = PrimeCounter.inProcesses(processes);
            }
            default -> throw new IllegalArgumentException("pool is threads or processes, not " + pool);
        }
        poolStartShare = PoolStartup.iterationShare(startup, benchmark);
        expectedPrimes = SegmentedSieve.countPrimes(rangeStart, rangeSize);
    }

    /** Exactly one of {@code chunkSize} and {@code chunks} says how to cut the range. */
    static Chunks cut(long rangeStart, int rangeSize, int chunkSize, int chunks) {
        if ((chunkSize > 0) == (chunks > 0)) {
            throw new IllegalArgumentException("set exactly one of chunkSize and chunks above 0 (chunkSize " + chunkSize
                    + ", chunks " + chunks + "): to sweep the number of chunks, set chunkSize to 0");
        }
        return chunkSize > 0
                ? new Chunks.OfSize(rangeStart, rangeSize, chunkSize)
                : new Chunks.Evenly(rangeStart, rangeSize, chunks);
    }

    @Benchmark
    public long countPrimes(PoolStartCounters counters) throws InterruptedException, ExecutionException {
        counters.poolStartMillis = poolStartShare;
        lastCount = counter.countPrimes(cut);
        return lastCount;
    }

    /** A fast wrong answer is not a result: the run fails if a chunk was lost or counted twice. */
    @TearDown(Level.Iteration)
    public void checkCount() {
        if (lastCount != expectedPrimes) {
            throw new IllegalStateException("counted " + lastCount + " primes in [" + rangeStart + ", "
                    + (rangeStart + rangeSize) + ") in " + cut + " on " + workers + " " + pool
                    + "; the sieve finds " + expectedPrimes);
        }
    }

    @TearDown(Level.Trial)
    public void stopWorkers() {
        if (threads != null) {
            threads.shutdownNow();
        }
        if (processes != null) {
            processes.close();
        }
    }
}
