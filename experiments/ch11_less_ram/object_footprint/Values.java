package dev.perflab.experiments.ch11.footprint;

/** The numbers a structure holds: value {@code i} of N, the same for {@code int} and {@code long}. */
enum Values {
    /**
     * -128..127 over and over. {@code Integer.valueOf} and {@code Long.valueOf} (and so autoboxing)
     * return one shared box per value in this range, the language guarantees it (JLS 5.1.7).
     */
    SMALL,
    /** 128, 129, 130, ...: no two equal and all above the cache, so each box is a new object. */
    DISTINCT;

    int at(int i) {
        return switch (this) {
            case SMALL -> (i & 0xFF) - 128;
            case DISTINCT -> 128 + i;
        };
    }

    /** The sum of the first {@code n} values, added up one by one: what every sum must return. */
    long sum(int n) {
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += at(i);
        }
        return total;
    }
}
