package dev.perflab.experiments.ch09.locking;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Worker threads of this JVM on one {@link SharedCounter}. All of them are waiting at a start
 * line before any begins, so their increments overlap as much as the cores allow.
 */
final class ThreadCounting implements Counting {

    private final int workers;
    private final SharedCounter counter;
    private final ExecutorService pool;

    ThreadCounting(int workers, CounterKind kind) {
        this.workers = workers;
        this.counter = SharedCounter.of(kind);
        this.pool = Executors.newFixedThreadPool(workers);
    }

    @Override
    public long count(int increments) {
        counter.reset();
        var ready = new CountDownLatch(workers);
        var go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>(workers);
        for (int worker = 0; worker < workers; worker++) {
            done.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                for (int i = 0; i < increments; i++) {
                    counter.increment();
                }
                return null;
            }));
        }
        try {
            ready.await();
            go.countDown();
            for (Future<?> worker : done) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed", e.getCause());
        }
        return counter.value();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
