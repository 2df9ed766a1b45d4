package dev.perflab.experiments.ch04.hashquality;

/** How a key's hash code is made from its id: the only thing the {@code hash} param changes. */
enum HashQuality {
    /** The id's bits mixed by MurmurHash3's finaliser: neighbouring ids land in unrelated buckets. */
    GOOD("good") {
        @Override
        int hash(int id) {
            int h = id;
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            h ^= h >>> 13;
            h *= 0xc2b2ae35;
            return h ^ (h >>> 16);
        }
    },
    /** Only the id's low six bits: 64 distinct hash codes, so n keys share 64 buckets. */
    POOR("poor") {
        @Override
        int hash(int id) {
            return id & (POOR_HASH_CODES - 1);
        }
    },
    /** The same hash code for every key, as the book's BadHash: one bucket holds them all. */
    CONSTANT("constant") {
        @Override
        int hash(int id) {
            return 42;
        }
    };

    /** Distinct hash codes the poor hash gives: a power of two, as a mask of the low bits. */
    static final int POOR_HASH_CODES = 64;

    final String id;

    HashQuality(String id) {
        this.id = id;
    }

    abstract int hash(int id);

    static HashQuality of(String id) {
        for (HashQuality quality : values()) {
            if (quality.id.equals(id)) {
                return quality;
            }
        }
        throw new IllegalArgumentException("unknown hash " + id);
    }
}
