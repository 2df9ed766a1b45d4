package dev.perflab.experiments.ch10.jobs;

/**
 * The jobs: job {@code id} asks for the smallest factor of p·q, two consecutive primes a little
 * above {@code factorSize}. A worker finds it by trial division, about p/2 divisions; checking an
 * answer is one comparison with the p this class knows — so every result of a batch can be
 * checked at its end without doing the batch again.
 */
record FactorJobs(long factorSize) {

    /** Jobs cycle through this many distinct numbers: all cost about the same. */
    private static final int DISTINCT = 512;

    FactorJobs {
        if (factorSize < 3 || factorSize > 3_000_000_000L) {
            throw new IllegalArgumentException("factor size " + factorSize + " is outside 3 to 3e9");
        }
    }

    /** The smallest factor of job {@code id}'s number: the answer a worker must give. */
    long expectedFactor(long id) {
        return nextPrime(factorSize + 2 * (id % DISTINCT));
    }

    /** The number job {@code id} asks to factor. */
    long number(long id) {
        long p = expectedFactor(id);
        return p * nextPrime(p + 1);
    }

    /** The worker's side: trial division up to √n. */
    static long smallestFactor(long n) {
        if (n < 2) {
            throw new IllegalArgumentException("no factor of " + n);
        }
        if (n % 2 == 0) {
            return 2;
        }
        for (long d = 3; d <= n / d; d += 2) {
            if (n % d == 0) {
                return d;
            }
        }
        return n;
    }

    static long nextPrime(long from) {
        long candidate = Math.max(2, from);
        while (smallestFactor(candidate) != candidate) {
            candidate++;
        }
        return candidate;
    }
}
