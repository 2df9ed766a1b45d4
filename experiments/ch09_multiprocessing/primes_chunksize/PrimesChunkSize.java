package dev.perflab.experiments.ch09.primes;

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

/**
 * Time to find the primes among {@code rangeSize} numbers from {@code rangeStart} with
 * {@code workers} threads, handed out in tasks of {@code chunkSize} numbers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PrimesChunkSize {

    @Param("1000")
    public int chunkSize;

    @Param("2")
    public int workers;

    @Param("100000000")
    public long rangeStart;

    @Param("100000")
    public int rangeSize;

    private ExecutorService pool;
    private PrimeCounter counter;
    private long expectedPrimes;
    private long lastCount = -1;

    @Setup(Level.Trial)
    public void startWorkers() {
        pool = Executors.newFixedThreadPool(workers);
        counter = new PrimeCounter(pool);
        expectedPrimes = SegmentedSieve.countPrimes(rangeStart, rangeSize);
    }

    @Benchmark
    public long countPrimes() throws InterruptedException, ExecutionException {
        lastCount = counter.countPrimes(new Chunks(rangeStart, rangeSize, chunkSize));
        return lastCount;
    }

    /** A fast wrong answer is not a result: the run fails if a chunk was lost or counted twice. */
    @TearDown(Level.Iteration)
    public void checkCount() {
        if (lastCount != expectedPrimes) {
            throw new IllegalStateException("counted " + lastCount + " primes in [" + rangeStart + ", "
                    + (rangeStart + rangeSize) + ") in chunks of " + chunkSize + "; the sieve finds "
                    + expectedPrimes);
        }
    }

    @TearDown(Level.Trial)
    public void stopWorkers() {
        pool.shutdownNow();
    }
}
