package dev.perflab.experiments.ch09.primes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Counts primes the way {@code Pool.map(check_prime, numbers, chunksize)} finds them: one task per
 * chunk, all handed to a pool of workers up front, the caller then collecting every task's answer.
 * Each task pays a fixed cost (a future, a queue hand-off, a wake-up) whatever its size.
 */
final class PrimeCounter {

    private final ExecutorService pool;

    PrimeCounter(ExecutorService pool) {
        this.pool = pool;
    }

    long countPrimes(Chunks chunks) throws InterruptedException, ExecutionException {
        List<Future<Integer>> perChunk = new ArrayList<>(chunks.count());
        for (int index = 0; index < chunks.count(); index++) {
            Chunks.Chunk chunk = chunks.get(index);
            perChunk.add(pool.submit(() -> TrialDivision.countPrimes(chunk)));
        }
        long primes = 0;
        for (Future<Integer> count : perChunk) {
            primes += count.get();
        }
        return primes;
    }
}
