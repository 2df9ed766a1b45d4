package dev.perflab.experiments.ch11.probabilistic;

/**
 * The 64-bit hash every structure reads an item by: MurmurHash3's finaliser (fmix64), which spreads
 * consecutive numbers over all 64 bits. The structures' error bounds assume hash bits that look
 * uniformly random; consecutive items would be the worst input for a weak hash.
 */
final class Hashing {

    private Hashing() {}

    static long hash(long item) {
        long h = item;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** A second, independent hash for structures that need two (the Bloom filter's double hashing). */
    static long secondHash(long item) {
        return hash(item ^ 0x9e3779b97f4a7c15L);
    }
}
