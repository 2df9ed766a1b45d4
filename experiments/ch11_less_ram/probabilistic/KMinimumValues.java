package dev.perflab.experiments.ch11.probabilistic;

import java.util.Arrays;

/**
 * K-minimum values (Bar-Yossef et al. 2002; Beyer et al. 2007): keeps the k smallest distinct hash
 * values seen. Hashes spread uniformly over [0, 1), so the k-th smallest of n distinct ones lies
 * near k/n and (k − 1) / (k-th smallest) estimates n, with a relative standard error of about
 * 1/√(k − 2). Fewer than k distinct hashes are counted exactly.
 */
final class KMinimumValues implements StreamCounter {

    /** 2^-63: maps a 63-bit hash to [0, 1). */
    private static final double UNIT = 0x1p-63;

    /** The smallest hashes so far, ascending; only the first {@code size} are set. */
    private final long[] smallest;

    private int size;

    KMinimumValues(int k) {
        if (k < 3) {
            throw new IllegalArgumentException("k must be at least 3, was " + k);
        }
        this.smallest = new long[k];
    }

    @Override
    public void offer(long item) {
        long hash = Hashing.hash(item) >>> 1;
        int k = smallest.length;
        if (size == k && hash >= smallest[k - 1]) {
            return;
        }
        int at = Arrays.binarySearch(smallest, 0, size, hash);
        if (at >= 0) {
            return;
        }
        int insert = -at - 1;
        int moving = Math.min(size, k - 1) - insert;
        System.arraycopy(smallest, insert, smallest, insert + 1, moving);
        smallest[insert] = hash;
        size = Math.min(size + 1, k);
    }

    @Override
    public double estimate() {
        int k = smallest.length;
        if (size < k) {
            return size;
        }
        return (k - 1) / (smallest[k - 1] * UNIT);
    }

    @Override
    public double standardError(long truth) {
        return truth < smallest.length ? 0 : 1 / Math.sqrt(smallest.length - 2.0);
    }
}
