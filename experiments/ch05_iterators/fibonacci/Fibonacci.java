package dev.perflab.experiments.ch05.fibonacci;

import dev.perflab.experiments.ch05.liveheap.HeapCounters;
import dev.perflab.experiments.ch05.liveheap.LiveHeap;
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
 * Time to make and read the first {@code n} Fibonacci numbers once, eagerly (a list) or lazily (an
 * iterator), with the peak heap the read keeps reachable measured once per fork before the first
 * iteration (see {@link LiveHeap} and {@link HeapCounters}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Fibonacci {

    @Param("100000")
    public int n;

    @Param("lazy")
    public String variant;

    private Sequence sequence;
    private Digest expected;
    private double peakLiveShare;
    private Digest last;

    /** Sampling takes nine or more full collections: seconds for a list of 100,000 numbers, once a fork. */
    @Setup(Level.Trial)
    public void measurePeakHeap(BenchmarkParams benchmark) {
        sequence = Sequence.of(variant);
        expected = Digest.ofFirstFibonacciNumbers(n);
        LiveHeap.Peak<Digest> peak = LiveHeap.whileReading(() -> sequence.numbers(n), n, Digest::of);
        check(peak.result(), "the read that sampled the heap");
        peakLiveShare = peak.iterationShareMiB(benchmark);
    }

    /** The store to {@code counters} is one field write beside N additions; JMH zeroes it each iteration. */
    @Benchmark
    public Digest readOnce(HeapCounters counters) {
        counters.peakLiveMiB = peakLiveShare;
        last = Digest.of(sequence.numbers(n));
        return last;
    }

    /** A fast wrong answer is not a result: the run fails if any read's digest is off. */
    @TearDown(Level.Iteration)
    public void checkDigest() {
        check(last, "the last read of the iteration");
    }

    private void check(Digest digest, String which) {
        if (!expected.equals(digest)) {
            throw new IllegalStateException(variant + " Fibonacci numbers, n = " + n + ": " + which + " gave " + digest
                    + ", expected " + expected);
        }
    }
}
