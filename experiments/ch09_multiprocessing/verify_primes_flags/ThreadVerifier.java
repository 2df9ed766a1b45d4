package dev.perflab.experiments.ch09.verifyflags;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Worker threads of this JVM, one range each, sharing a {@link StopFlag}. The CPU time is this
 * JVM's: the workers', and the flag server's threads for the TCP flag.
 */
final class ThreadVerifier implements PrimeVerifier {

    private final int workers;
    private final int checkEvery;
    private final StopFlag flag;
    private final ExecutorService pool;

    ThreadVerifier(int workers, int checkEvery, StopFlag flag) {
        this.workers = workers;
        this.checkEvery = checkEvery;
        this.flag = flag;
        this.pool = Executors.newFixedThreadPool(workers);
    }

    @Override
    public Verification verify(long n) {
        long cpuBefore = CpuClock.javaThreadsNanos();
        Verdict verdict = search(n);
        return new Verification(verdict, CpuClock.javaThreadsNanos() - cpuBefore);
    }

    private Verdict search(long n) {
        if (n % 2 == 0) {
            return new Verdict(n, n == 2 ? 0 : 2);
        }
        flag.lower();
        List<FactorRanges.Range> ranges = FactorRanges.split(n, workers);
        List<Future<Long>> answers = new ArrayList<>(workers);
        for (int worker = 0; worker < workers; worker++) {
            FactorRanges.Range range = ranges.get(worker);
            FactorSearch.Signal signal = flag.signalFor(worker);
            answers.add(pool.submit(() -> FactorSearch.scan(n, range, checkEvery, signal)));
        }
        List<Long> factors = new ArrayList<>(workers);
        for (Future<Long> answer : answers) {
            factors.add(join(answer));
        }
        return PrimeVerifier.combine(n, factors);
    }

    private static long join(Future<Long> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while verifying", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed", e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        flag.close();
    }
}
