package dev.perflab.experiments.ch09.primes;

/**
 * The book's {@code check_prime}: trial division by 2, then by odd divisors up to √n. Most numbers
 * fall at a small divisor, a prime costs about √n / 2 divisions: the work per number varies a lot,
 * which is what makes the share of work per task uneven.
 */
final class TrialDivision {

    private TrialDivision() {}

    static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        if (n % 2 == 0) {
            return n == 2;
        }
        // divisor² cannot overflow: the lab bounds n far below 2^62.
        for (long divisor = 3; divisor * divisor <= n; divisor += 2) {
            if (n % divisor == 0) {
                return false;
            }
        }
        return true;
    }

    static int countPrimes(Chunks.Chunk chunk) {
        int primes = 0;
        for (long n = chunk.first(); n < chunk.end(); n++) {
            if (isPrime(n)) {
                primes++;
            }
        }
        return primes;
    }
}
