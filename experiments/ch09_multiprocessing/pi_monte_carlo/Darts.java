package dev.perflab.experiments.ch09.pi;

import java.util.Random;
import java.util.SplittableRandom;

/**
 * The dart-throwing loops: each counts how many of {@code darts} random points of the unit square
 * fall inside the quarter circle, from a generator seeded with {@code seed}. One worker runs one of
 * them on its share of the darts.
 */
final class Darts {

    /** SplittableRandom's default step between seeds (2^64 ÷ the golden ratio, odd). */
    static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    /** Darts per block in {@link #blockHits}: two 8 KiB arrays, well inside a 32 KiB L1d cache. */
    static final int BLOCK = 1024;

    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private Darts() {}

    static long countHits(Random random, long darts) {
        long inside = 0;
        for (long i = 0; i < darts; i++) {
            double x = random.nextDouble();
            double y = random.nextDouble();
            if (x * x + y * y <= 1.0) {
                inside++;
            }
        }
        return inside;
    }

    /** Darts from a {@link Random} of its own: every draw updates that generator's atomic seed. */
    static long randomHits(long seed, long darts) {
        return countHits(new Random(seed), darts);
    }

    /** Darts from a {@link SplittableRandom}: a plain long as state, no atomic, no lock. */
    static long splittableHits(long seed, long darts) {
        SplittableRandom random = new SplittableRandom(seed);
        long inside = 0;
        for (long i = 0; i < darts; i++) {
            double x = random.nextDouble();
            double y = random.nextDouble();
            if (x * x + y * y <= 1.0) {
                inside++;
            }
        }
        return inside;
    }

    /**
     * The same darts as {@link #splittableHits} with the same seed, thrown the way numpy throws
     * them: a block of x and y coordinates into primitive arrays, then one pass counting the hits.
     * SplittableRandom's k-th draw is mix64(seed + k·γ), so no draw waits for the one before and no
     * object is called per dart: both loops are plain arithmetic over arrays, the loops a JIT can
     * unroll and vectorise.
     */
    static long blockHits(long seed, long darts) {
        double[] xs = new double[BLOCK];
        double[] ys = new double[BLOCK];
        long state = seed;
        long inside = 0;
        for (long thrown = 0; thrown < darts; thrown += BLOCK) {
            int n = (int) Math.min(BLOCK, darts - thrown);
            for (int i = 0; i < n; i++) {
                xs[i] = unitDouble(mix64(state + (2L * i + 1) * GOLDEN_GAMMA));
                ys[i] = unitDouble(mix64(state + (2L * i + 2) * GOLDEN_GAMMA));
            }
            state += 2L * n * GOLDEN_GAMMA;
            inside += countInside(xs, ys, n);
        }
        return inside;
    }

    private static long countInside(double[] xs, double[] ys, int n) {
        long inside = 0;
        for (int i = 0; i < n; i++) {
            inside += xs[i] * xs[i] + ys[i] * ys[i] <= 1.0 ? 1 : 0;
        }
        return inside;
    }

    /** SplittableRandom's output function (Stafford's variant 13 of MurmurHash3's finaliser). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The top 53 bits as a double in [0, 1), as {@code nextDouble()} makes it. */
    static double unitDouble(long bits) {
        return (bits >>> 11) * DOUBLE_UNIT;
    }
}
