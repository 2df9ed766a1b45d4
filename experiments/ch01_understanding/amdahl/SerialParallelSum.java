package dev.perflab.experiments.ch01.amdahl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * A fixed amount of CPU work, {@code units} terms of a sum, of which a given fraction is done by
 * one thread alone and the rest is split evenly over {@code workers} tasks on a pool. The serial
 * part runs on the calling thread before the parallel part is handed out, so while it runs the
 * pool's threads have nothing to do: that is the serial fraction of Amdahl's law, made literal.
 *
 * <p>Every term costs the same (a few multiplies and shifts, no memory), so the fraction of terms is
 * the fraction of time, and the answer does not depend on how the terms were split: wrapping
 * {@code long} addition is associative and commutative.
 */
final class SerialParallelSum {

    /** Splitmix64's increment: the term for index i is splitmix64's (i + 1)-th output from seed 0. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final ExecutorService pool;
    private final int workers;

    SerialParallelSum(ExecutorService pool, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.pool = pool;
        this.workers = workers;
    }

    /** The sum of terms 0 … units − 1, the first {@code serialFraction} of them on this thread alone. */
    long sum(long units, double serialFraction) throws InterruptedException, ExecutionException {
        long serialEnd = serialUnits(units, serialFraction);
        long total = terms(0, serialEnd);
        long parallelUnits = units - serialEnd;
        List<Future<Long>> parts = new ArrayList<>(workers);
        long from = serialEnd;
        for (int worker = 0; worker < workers; worker++) {
            long start = from;
            long end = start + share(parallelUnits, workers, worker);
            parts.add(pool.submit(() -> terms(start, end)));
            from = end;
        }
        for (Future<Long> part : parts) {
            total += part.get();
        }
        return total;
    }

    /** How many of {@code units} terms the serial part computes. */
    static long serialUnits(long units, double serialFraction) {
        if (!(serialFraction >= 0 && serialFraction <= 1)) {
            throw new IllegalArgumentException("serial fraction must be between 0 and 1, not " + serialFraction);
        }
        return Math.round(units * serialFraction);
    }

    /** The terms worker {@code worker} computes: an even split, the remainder going to the first ones. */
    static long share(long units, int workers, int worker) {
        return units / workers + (worker < units % workers ? 1 : 0);
    }

    /** The sum of terms {@code from} (inclusive) to {@code to} (exclusive), wrapping on overflow. */
    static long terms(long from, long to) {
        long sum = 0;
        for (long index = from; index < to; index++) {
            sum += term(index);
        }
        return sum;
    }

    /** Splitmix64's output mixing function applied to (index + 1) · γ. */
    static long term(long index) {
        long z = (index + 1) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
