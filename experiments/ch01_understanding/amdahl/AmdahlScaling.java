package dev.perflab.experiments.ch01.amdahl;

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
 * Time for one sum of {@code units} terms, {@code serialFraction} of them on one thread and the rest
 * split over {@code workers} threads of a fixed pool.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AmdahlScaling {

    @Param("1")
    public int workers;

    @Param("0.2")
    public double serialFraction;

    @Param("100000000")
    public long units;

    private ExecutorService pool;
    private SerialParallelSum task;
    private long expected;
    private long lastSum;
    private int sums;

    @Setup(Level.Trial)
    public void startWorkers() {
        pool = Executors.newFixedThreadPool(workers);
        task = new SerialParallelSum(pool, workers);
        // One thread, one loop, no split: what every split must add up to.
        expected = SerialParallelSum.terms(0, units);
    }

    @Benchmark
    public long sum() throws InterruptedException, ExecutionException {
        lastSum = task.sum(units, serialFraction);
        sums++;
        return lastSum;
    }

    /** A fast wrong answer is not a result: the run fails if a split lost or repeated a term. */
    @TearDown(Level.Iteration)
    public void checkSum() {
        if (sums == 0 || lastSum != expected) {
            throw new IllegalStateException("sum " + lastSum + " after " + sums + " operations, expected " + expected
                    + " for " + units + " terms on " + workers + " workers");
        }
    }

    @TearDown(Level.Trial)
    public void stopWorkers() {
        pool.shutdownNow();
    }
}
