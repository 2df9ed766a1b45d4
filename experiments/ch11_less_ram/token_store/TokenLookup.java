package dev.perflab.experiments.ch11.tokens;

import java.util.List;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Time per lookup in a {@code structure} holding {@code tokens} distinct tokens, over 10,000
 * lookups of which half hit; the structure's retained heap and build time are measured once per
 * fork when it is built (see {@link StoreCounters}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(TokenLookup.LOOKUPS)
public class TokenLookup {

    static final int LOOKUPS = 10_000;
    private static final long SEED = 11_595_290L;
    private static final double BYTES_PER_MEBIBYTE = 1024.0 * 1024.0;

    @Param("500000")
    public int tokens;

    @Param("hash-set")
    public String structure;

    private String[] probes;
    private TokenStore store;
    private double retainedShare;
    private double buildShare;
    private int lastHits = -1;

    @Setup(Level.Trial)
    public void build(BenchmarkParams benchmark) {
        probes = Probes.of(SEED, tokens, LOOKUPS);
        // Everything the probes took to make is garbage by now; the baseline holds only the probes.
        long baseline = RetainedHeap.reachableBytes();
        long buildNanos = buildFromFreshTokens();
        long retained = RetainedHeap.reachableBytes() - baseline;
        int shares =
                Math.max(benchmark.getForks(), 1) * benchmark.getMeasurement().getCount();
        retainedShare = retained / BYTES_PER_MEBIBYTE / shares;
        buildShare = buildNanos / 1e6 / shares;
    }

    /**
     * Builds the store from tokens made here, so the only references to them once this returns are
     * the store's own: their Strings count towards the store when it keeps them.
     */
    private long buildFromFreshTokens() {
        List<String> fresh = Vocabulary.tokens(SEED, tokens);
        long start = System.nanoTime();
        store = Structure.of(structure).build(fresh);
        return System.nanoTime() - start;
    }

    @Benchmark
    public int lookUp(StoreCounters counters) {
        counters.retainedMiB = retainedShare;
        counters.buildMillis = buildShare;
        int hits = 0;
        for (String probe : probes) {
            if (store.contains(probe)) {
                hits++;
            }
        }
        lastHits = hits;
        return hits;
    }

    /** A fast wrong answer is not a result: every present probe must be found and no absent one. */
    @TearDown(Level.Iteration)
    public void checkHits() {
        if (lastHits != Probes.presentOf(LOOKUPS)) {
            throw new IllegalStateException(structure + " found " + lastHits + " of " + LOOKUPS + " probes, of which "
                    + Probes.presentOf(LOOKUPS) + " are in the vocabulary");
        }
    }
}
