package dev.perflab.experiments.ch09.locking;

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
 * Time for {@code workers} workers to add {@code increments} each to one shared counter of kind
 * {@code variant}, and the increments lost on the way.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Locking {

    @Param("unsynchronized")
    public String variant;

    @Param("4")
    public int workers;

    @Param("1000")
    public int increments;

    private CounterKind kind;
    private Counting counting;
    private int forks;
    private int measurementIterations;
    private long lostInIteration;
    private long countsInIteration;
    private String wrong;

    @Setup(Level.Trial)
    public void startWorkers(BenchmarkParams benchmark) {
        kind = CounterKind.of(variant);
        counting = Counting.open(kind, workers);
        forks = benchmark.getForks();
        measurementIterations = benchmark.getMeasurement().getCount();
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        lostInIteration = 0;
        countsInIteration = 0;
    }

    @Benchmark
    public long count(LostUpdates lost) {
        long expected = (long) workers * increments;
        long counted = counting.count(increments);
        if (counted > expected || counted < 1 || (kind.exact && counted != expected)) {
            wrong = variant + " counted " + counted + " of " + expected + " increments";
        }
        lostInIteration += expected - counted;
        countsInIteration++;
        lost.lostUpdates =
                LostUpdates.iterationShare((double) lostInIteration / countsInIteration, forks, measurementIterations);
        return counted;
    }

    /** A counter that must be exact and lost an increment, or counted more than were made, fails the run. */
    @TearDown(Level.Iteration)
    public void checkCounts() {
        if (wrong != null) {
            throw new IllegalStateException(wrong);
        }
    }

    @TearDown(Level.Trial)
    public void stopWorkers() {
        counting.close();
    }
}
