package dev.perflab.experiments.ch08.crawler;

import dev.perflab.experiments.ch08.delay.Answers;
import dev.perflab.experiments.ch08.delay.DelayServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Fetches items from the {@link DelayServer} four ways, at most {@code concurrency} at a time, and
 * checks every answer: each crawl uses ids no earlier crawl used, so a stale answer is caught too.
 */
final class Crawl implements AutoCloseable {

    /** How requests wait for their answers: the only thing the variants change. */
    enum Variant {
        /** One request after another on the calling thread; the concurrency limit does not apply. */
        SERIAL("serial"),
        /** A fixed pool of {@code concurrency} platform threads, each blocking in {@code send}. */
        THREAD_POOL("thread-pool"),
        /** A virtual thread per request blocking in {@code send}; a semaphore admits {@code concurrency}. */
        VIRTUAL_THREADS("virtual-threads"),
        /** {@code sendAsync} on the calling thread; a semaphore admits {@code concurrency} answers pending. */
        ASYNC("async");

        final String id;

        Variant(String id) {
            this.id = id;
        }

        static Variant of(String id) {
            for (Variant variant : values()) {
                if (variant.id.equals(id)) {
                    return variant;
                }
            }
            throw new IllegalArgumentException("unknown variant " + id);
        }
    }

    private final DelayServer server;
    private final HttpClient client;
    private final Variant variant;
    private final int concurrency;
    private final int delayMillis;
    private final ExecutorService pool;
    private long nextId;

    Crawl(DelayServer server, HttpClient client, Variant variant, int concurrency, int delayMillis) {
        this.server = server;
        this.client = client;
        this.variant = variant;
        this.concurrency = concurrency;
        this.delayMillis = delayMillis;
        this.pool = variant == Variant.THREAD_POOL ? Executors.newFixedThreadPool(concurrency) : null;
    }

    /** The most requests this crawl may hold at once: what the server should see at its peak. */
    int limit(int requests) {
        return variant == Variant.SERIAL ? 1 : Math.min(concurrency, requests);
    }

    /** Fetches {@code requests} items; returns how many were answered correctly, or throws. */
    int fetch(int requests) throws IOException, InterruptedException, ExecutionException {
        long first = nextId;
        nextId += requests;
        int answered = switch (variant) {
            case SERIAL -> serial(first, requests);
            case THREAD_POOL -> threadPool(first, requests);
            case VIRTUAL_THREADS -> virtualThreads(first, requests);
            case ASYNC -> async(first, requests);
        };
        if (answered != requests) {
            throw new IllegalStateException(answered + " of " + requests + " requests answered");
        }
        return answered;
    }

    private int serial(long first, int requests) throws IOException, InterruptedException {
        int answered = 0;
        for (long id = first; id < first + requests; id++) {
            fetchOne(id);
            answered++;
        }
        return answered;
    }

    private int threadPool(long first, int requests) throws InterruptedException, ExecutionException {
        List<Callable<Long>> fetches = new ArrayList<>(requests);
        for (long id = first; id < first + requests; id++) {
            long item = id;
            fetches.add(() -> fetchOne(item));
        }
        return countAnswered(pool.invokeAll(fetches));
    }

    private int virtualThreads(long first, int requests) throws InterruptedException, ExecutionException {
        Semaphore permits = new Semaphore(concurrency);
        List<Future<Long>> answers = new ArrayList<>(requests);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long id = first; id < first + requests; id++) {
                long item = id;
                answers.add(threads.submit(() -> {
                    permits.acquire();
                    try {
                        return fetchOne(item);
                    } finally {
                        permits.release();
                    }
                }));
            }
            return countAnswered(answers);
        }
    }

    private int async(long first, int requests) throws InterruptedException, ExecutionException {
        Semaphore permits = new Semaphore(concurrency);
        List<CompletableFuture<Long>> answers = new ArrayList<>(requests);
        for (long id = first; id < first + requests; id++) {
            long item = id;
            permits.acquire();
            answers.add(client.sendAsync(
                            Answers.get(server.itemUri(item, delayMillis)), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> permits.release())
                    .thenApply(response -> {
                        Answers.check(response, item, "");
                        return item;
                    }));
        }
        return countAnswered(answers);
    }

    private long fetchOne(long id) throws IOException, InterruptedException {
        HttpResponse<String> response =
                client.send(Answers.get(server.itemUri(id, delayMillis)), HttpResponse.BodyHandlers.ofString());
        Answers.check(response, id, "");
        return id;
    }

    /** Waits for every answer; a failed or wrong one ends the crawl with its exception. */
    private static int countAnswered(List<? extends Future<Long>> answers)
            throws InterruptedException, ExecutionException {
        int answered = 0;
        for (Future<Long> answer : answers) {
            answer.get();
            answered++;
        }
        return answered;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
