package dev.perflab.experiments.ch09.primes;

import dev.perflab.experiments.ch09.processpool.ProcessPool;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Counts primes the way {@code Pool.map(check_prime, numbers, chunksize)} finds them: one task per
 * chunk, all handed to a pool of workers up front, the caller then collecting every task's answer.
 * Each task pays a fixed cost whatever its size: on threads a future, a queue hand-off and a
 * wake-up; in worker processes also its encoding and two trips through a pipe.
 */
final class PrimeCounter {

    private final ExecutorService threads;
    private final ProcessPool processes;

    private PrimeCounter(ExecutorService threads, ProcessPool processes) {
        this.threads = threads;
        this.processes = processes;
    }

    static PrimeCounter onThreads(ExecutorService threads) {
        return new PrimeCounter(threads, null);
    }

    static PrimeCounter inProcesses(ProcessPool processes) {
        return new PrimeCounter(null, processes);
    }

    long countPrimes(Chunks chunks) throws InterruptedException, ExecutionException {
        return processes == null ? onThreads(chunks) : inProcesses(chunks);
    }

    private long onThreads(Chunks chunks) throws InterruptedException, ExecutionException {
        List<Future<Integer>> perChunk = new ArrayList<>(chunks.count());
        for (int index = 0; index < chunks.count(); index++) {
            Chunks.Chunk chunk = chunks.get(index);
            perChunk.add(threads.submit(() -> TrialDivision.countPrimes(chunk)));
        }
        long primes = 0;
        for (Future<Integer> count : perChunk) {
            primes += count.get();
        }
        return primes;
    }

    private long inProcesses(Chunks chunks) {
        List<long[]> tasks = new ArrayList<>(chunks.count());
        for (int index = 0; index < chunks.count(); index++) {
            Chunks.Chunk chunk = chunks.get(index);
            tasks.add(new long[] {chunk.first(), chunk.end()});
        }
        long primes = 0;
        for (long[] count : processes.map(PrimesTask.class, tasks)) {
            primes += count[0];
        }
        return primes;
    }
}
