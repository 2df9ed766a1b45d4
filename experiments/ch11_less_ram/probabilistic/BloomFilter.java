package dev.perflab.experiments.ch11.probabilistic;

/**
 * A Bloom filter (Bloom 1970) of m bits and h hash functions, made by double hashing
 * (Kirsch and Mitzenmacher 2006): position i of an item is (a + i·b) mod m for two independent
 * hashes a and b. Sized for a target false-positive rate p: h = round(−ln p / ln 2) and, for m bits,
 * a capacity of m·(ln 2)² / −ln p items, at which the rate is about p.
 *
 * <p>It answers "seen before?", not "how many?"; the count is estimated from the bits set, X of m:
 * n ≈ −(m/h)·ln(1 − X/m) (Swamidass and Baldi 2007). Once every bit is set it can only say "at
 * least (m/h)·ln m": a Bloom filter's bits must grow with the items it holds.
 */
final class BloomFilter implements StreamCounter {

    private final long[] words;
    private final int bits;
    private final int hashes;

    BloomFilter(int bits, double targetFalsePositiveRate) {
        if (bits < 64 || bits % 64 != 0) {
            throw new IllegalArgumentException("bits must be a positive multiple of 64, was " + bits);
        }
        this.bits = bits;
        this.words = new long[bits / 64];
        this.hashes = (int) Math.max(1, Math.round(-Math.log(targetFalsePositiveRate) / Math.log(2)));
    }

    /** The items it holds at about the target false-positive rate. */
    static double capacity(int bits, double targetFalsePositiveRate) {
        return bits * Math.log(2) * Math.log(2) / -Math.log(targetFalsePositiveRate);
    }

    @Override
    public void offer(long item) {
        long a = Hashing.hash(item);
        long b = Hashing.secondHash(item) | 1;
        for (int i = 0; i < hashes; i++) {
            int bit = (int) Long.remainderUnsigned(a + i * b, bits);
            words[bit >>> 6] |= 1L << bit;
        }
    }

    boolean mightContain(long item) {
        long a = Hashing.hash(item);
        long b = Hashing.secondHash(item) | 1;
        for (int i = 0; i < hashes; i++) {
            int bit = (int) Long.remainderUnsigned(a + i * b, bits);
            if ((words[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double estimate() {
        long set = bitsSet();
        if (set == bits) {
            return (double) bits / hashes * Math.log(bits);
        }
        return -(double) bits / hashes * Math.log(1 - (double) set / bits);
    }

    /**
     * The standard error of the bit-count estimate, from the variance of the bits set after
     * {@code truth} items, m·e^−λ·(1 − (1 + λ)·e^−λ) with λ = h·n/m, carried through the estimate's
     * slope 1 / (h·e^−λ); infinite once the bits are expected to be all set.
     */
    @Override
    public double standardError(long truth) {
        double lambda = (double) hashes * truth / bits;
        double empty = Math.exp(-lambda);
        double variance = bits * empty * (1 - (1 + lambda) * empty);
        double error = Math.sqrt(variance) / (hashes * empty) / truth;
        return bits * empty < 1 ? Double.POSITIVE_INFINITY : error;
    }

    /** The false-positive rate theory gives after {@code items} distinct items: (1 − e^(−h·n/m))^h. */
    double expectedFalsePositiveRate(long items) {
        return Math.pow(1 - Math.exp(-(double) hashes * items / bits), hashes);
    }

    int hashes() {
        return hashes;
    }

    long bitsSet() {
        long set = 0;
        for (long word : words) {
            set += Long.bitCount(word);
        }
        return set;
    }
}
