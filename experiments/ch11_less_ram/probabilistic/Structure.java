package dev.perflab.experiments.ch11.probabilistic;

/**
 * The structures compared, the value of the {@code structure} param (ids permanent), each sized
 * from the same byte budget where it has a size to choose.
 */
enum Structure {
    /** One byte of exponent (and the coin's state); ignores the budget. */
    MORRIS("morris"),
    /** k = budget / 8 hashes of 8 bytes. */
    K_MINIMUM_VALUES("k-minimum-values"),
    /** budget × 8 bits, for a 1 % false-positive rate (7 hashes). */
    BLOOM_FILTER("bloom-filter"),
    /** 2^p one-byte registers, 2^p the largest power of two within the budget. */
    HYPERLOGLOG("hyperloglog"),
    /** Apache DataSketches' HllSketch of the same 2^p one-byte registers. */
    DATASKETCHES_HLL("datasketches-hll"),
    /** Every item, in an open-addressing set: the truth, and what it costs; ignores the budget. */
    EXACT_SET("exact-set");

    /** The Bloom filter's target false-positive rate at its capacity. */
    static final double BLOOM_FALSE_POSITIVE_RATE = 0.01;

    private static final long MORRIS_SEED = 1978L;

    final String id;

    Structure(String id) {
        this.id = id;
    }

    static Structure of(String id) {
        for (Structure structure : values()) {
            if (structure.id.equals(id)) {
                return structure;
            }
        }
        throw new IllegalArgumentException("unknown structure " + id);
    }

    StreamCounter create(int budgetBytes) {
        return switch (this) {
            case MORRIS -> new MorrisCounter(MORRIS_SEED);
            case K_MINIMUM_VALUES -> new KMinimumValues(Math.max(3, budgetBytes / 8));
            case BLOOM_FILTER -> new BloomFilter(Math.max(64, budgetBytes * 8 / 64 * 64), BLOOM_FALSE_POSITIVE_RATE);
            case HYPERLOGLOG -> new HyperLogLog(precision(budgetBytes));
            case DATASKETCHES_HLL -> new SketchHyperLogLog(precision(budgetBytes));
            case EXACT_SET -> new ExactSet();
        };
    }

    /** log2 of the largest power of two within the budget, kept to 4..18 registers' bits. */
    static int precision(int budgetBytes) {
        int log2 = 31 - Integer.numberOfLeadingZeros(Math.max(1, budgetBytes));
        return Math.clamp(log2, 4, 18);
    }
}
