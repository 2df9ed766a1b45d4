package dev.perflab.experiments.ch03.search;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time per lookup of a key among {@code n} sorted ints, by {@code variant}, for keys that are all
 * present or all absent ({@code outcome}). Each operation looks up the next {@link #BATCH} keys of a
 * seeded random sequence, so JMH's score is nanoseconds per lookup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Lookups {

    /** Lookups per timed operation: enough that JMH's per-operation cost is small beside a hash lookup. */
    static final int BATCH = 16;

    /** Keys in the sequence, a power of two so the position wraps with a mask. */
    static final int KEY_COUNT = 4096;

    private static final long HAYSTACK_SEED = 20_260_301L;
    private static final long KEY_SEED = 20_260_302L;

    @Param("1000000")
    public int n;

    @Param("binary")
    public String variant;

    @Param("hit")
    public String outcome;

    private Searcher searcher;
    private Searcher.Keys keys;
    private int expectedPerBatch;
    private int next;
    private long wrongBatches;

    @Setup(Level.Trial)
    public void build() {
        var haystack = Haystack.of(n, HAYSTACK_SEED);
        Outcome expected = Outcome.of(outcome);
        keys = Searcher.Keys.of(haystack.keys(expected, KEY_COUNT, KEY_SEED));
        searcher = Method.of(variant).over(haystack);
        expectedPerBatch = expected == Outcome.HIT ? BATCH : 0;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int lookup() {
        int from = next;
        next = (from + BATCH) & (KEY_COUNT - 1);
        int found = searcher.found(keys, from, from + BATCH);
        if (found != expectedPerBatch) {
            wrongBatches++;
        }
        return found;
    }

    /** A fast wrong answer is not a result: the run fails if any batch found the wrong number of keys. */
    @TearDown(Level.Iteration)
    public void checkAnswers() {
        if (wrongBatches > 0) {
            throw new IllegalStateException(variant + " at n = " + n + " answered " + wrongBatches + " batches of "
                    + outcome + " keys wrongly");
        }
    }
}
