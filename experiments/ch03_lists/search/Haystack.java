package dev.perflab.experiments.ch03.search;

import java.util.SplittableRandom;

/**
 * N distinct ints in ascending order, the values a search looks among. Value {@code i} is
 * {@code 2i} or {@code 2i + 1}, chosen by a seeded generator, so the values are sorted and distinct
 * by construction, spread like random numbers in their low bit, and every value has a partner
 * ({@code value ^ 1}) that is certainly absent: a miss as close to the values as a hit.
 */
record Haystack(int[] values) {

    /** The largest haystack: its values, {@code 2i} or {@code 2i + 1}, must fit in an int. */
    static final int MAX_SIZE = Integer.MAX_VALUE / 2;

    static Haystack of(int n, long seed) {
        if (n < 1 || n > MAX_SIZE) {
            throw new IllegalArgumentException("a haystack holds 1 to " + MAX_SIZE + " values, not " + n);
        }
        var random = new SplittableRandom(seed);
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = 2 * i + (random.nextBoolean() ? 1 : 0);
        }
        return new Haystack(values);
    }

    int size() {
        return values.length;
    }

    /**
     * {@code count} keys at seeded random positions of the haystack: the values there when the
     * lookups should hit, their absent partners when they should miss. Random positions keep one
     * repeated key from being learned by the branch predictor or kept warm in the caches.
     */
    int[] keys(Outcome outcome, int count, long seed) {
        var random = new SplittableRandom(seed);
        int[] keys = new int[count];
        for (int k = 0; k < count; k++) {
            int value = values[random.nextInt(values.length)];
            keys[k] = switch (outcome) {
                case HIT -> value;
                case MISS -> value ^ 1;
            };
        }
        return keys;
    }
}
