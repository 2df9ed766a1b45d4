package dev.perflab.experiments.ch09.verifyflags;

/**
 * The book's five numbers (values of the {@code candidate} param; ids are permanent). Every one is
 * odd and fits in a {@code long}; √n of the 18-digit ones is 316,400,221, so a prime costs about
 * 158 million trial divisions.
 */
enum Candidate {
    /** 5 × 22,454,507,019,059: the first divisor tried finds it. */
    SMALL_NON_PRIME("small-non-prime", 112_272_535_095_295L, 5),
    /** Its smallest factor, 95,362,951, lies 30 % of the way to √n. */
    LARGE_NON_PRIME_1("large-non-prime-1", 100_109_100_129_100_369L, 95_362_951),
    /** Its smallest factor, 171,656,941, lies 54 % of the way to √n. */
    LARGE_NON_PRIME_2("large-non-prime-2", 100_109_100_129_101_027L, 171_656_941),
    PRIME_1("prime-1", 100_109_100_129_100_151L, 0),
    PRIME_2("prime-2", 100_109_100_129_162_907L, 0);

    final String id;
    final long value;
    /** The smallest factor above 1, or 0 for a prime. */
    final long smallestFactor;

    Candidate(String id, long value, long smallestFactor) {
        this.id = id;
        this.value = value;
        this.smallestFactor = smallestFactor;
    }

    boolean isPrime() {
        return smallestFactor == 0;
    }

    /** Whether a verdict on this number is right: prime when it is, a true factor when it is not. */
    boolean accepts(Verdict verdict) {
        if (verdict.number() != value) {
            return false;
        }
        if (isPrime()) {
            return verdict.prime();
        }
        return !verdict.prime() && verdict.factor() > 1 && verdict.factor() < value && value % verdict.factor() == 0;
    }

    static Candidate of(String id) {
        for (Candidate candidate : values()) {
            if (candidate.id.equals(id)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown candidate " + id);
    }
}
