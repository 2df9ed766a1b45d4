package dev.perflab.experiments.ch09.primes;

/**
 * Counts primes in a range with a sieve of Eratosthenes over that range only: the benchmark's
 * independent answer, computed once before measuring, against which every timed count is checked.
 */
final class SegmentedSieve {

    private SegmentedSieve() {}

    static long countPrimes(long rangeStart, int rangeSize) {
        long end = rangeStart + rangeSize;
        int root = (int) Math.sqrt((double) end) + 1;
        boolean[] smallComposite = new boolean[root + 1];
        boolean[] composite = new boolean[rangeSize];
        for (int p = 2; p <= root; p++) {
            if (smallComposite[p]) {
                continue;
            }
            for (int multiple = p * p; multiple <= root; multiple += p) {
                smallComposite[multiple] = true;
            }
            // Below p² every multiple of p has a smaller prime factor; p itself stays unmarked.
            long first = Math.max((long) p * p, Math.ceilDiv(rangeStart, p) * p);
            for (long multiple = first; multiple < end; multiple += p) {
                composite[(int) (multiple - rangeStart)] = true;
            }
        }
        long primes = 0;
        for (int i = 0; i < rangeSize; i++) {
            if (rangeStart + i >= 2 && !composite[i]) {
                primes++;
            }
        }
        return primes;
    }
}
