package dev.perflab.experiments.ch09.verifyflags;

/**
 * One worker's trial division over its range, polling the shared flag after every
 * {@code checkEvery} divisors: the book's restructured loop ({@code mmap3}), an outer loop over
 * blocks and a tight inner loop without a check in it.
 */
final class FactorSearch {

    /** What a worker polls and raises; each worker has its own, as each has its own connection. */
    interface Signal {
        boolean raised();

        void raise();
    }

    private FactorSearch() {}

    /**
     * The first divisor of {@code n} in {@code range}, after raising the flag; 0 when the range
     * holds none or another worker raised the flag first.
     */
    static long scan(long n, FactorRanges.Range range, int checkEvery, Signal signal) {
        long divisor = range.first();
        long last = range.last();
        long blockSpan = 2L * (checkEvery - 1);
        while (divisor <= last) {
            long blockLast = Math.min(last, divisor + blockSpan);
            for (; divisor <= blockLast; divisor += 2) {
                if (n % divisor == 0) {
                    signal.raise();
                    return divisor;
                }
            }
            if (signal.raised()) {
                return 0;
            }
        }
        return 0;
    }
}
