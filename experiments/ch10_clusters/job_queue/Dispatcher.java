package dev.perflab.experiments.ch10.jobs;

import com.hazelcast.collection.IQueue;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The producer side of an at-least-once job queue on a Hazelcast cluster, run by a client. It
 * numbers jobs 0, 1, 2 … and puts them on the cluster's queue, at most {@code window} unanswered at
 * a time (so a job waits in the queue briefly, and its age is about its time in a worker's hands).
 * A job whose answer has not appeared in the results map {@code ackTimeout} after it was given out
 * is given out again: a dead worker's job is never lost, and a slow one may be done twice.
 */
final class Dispatcher implements AutoCloseable {

    private final FactorJobs jobs;
    private final IQueue<long[]> queue;
    private final IMap<Long, Delivery> results;
    private final long ackTimeoutNanos;
    private final Semaphore window;
    /** Unanswered jobs, by id, with the instant (System.nanoTime) each was last given out. */
    private final Map<Long, Long> unanswered = new ConcurrentHashMap<>();

    private final BlockingQueue<Long> answered = new LinkedBlockingQueue<>();
    private final AtomicLong issued = new AtomicLong();
    private final AtomicLong redeliveries = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final ScheduledExecutorService redeliverer = Executors.newSingleThreadScheduledExecutor();
    private final Thread issuer;
    private volatile boolean issuing = true;

    Dispatcher(HazelcastInstance client, FactorJobs jobs, int window, Duration ackTimeout) {
        this.jobs = jobs;
        this.queue = client.getQueue(WorkerLoop.QUEUE);
        this.results = client.getMap(WorkerLoop.RESULTS);
        this.ackTimeoutNanos = ackTimeout.toNanos();
        this.window = new Semaphore(window);
        results.addEntryListener(new AnswerListener(), false);
        long sweepMillis = Math.max(1, ackTimeout.toMillis() / 4);
        redeliverer.scheduleWithFixedDelay(this::redeliverLate, sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
        this.issuer = Thread.ofPlatform().daemon().name("job-issuer").start(this::issueJobs);
    }

    /** The id of the next job answered for the first time; fails after {@code timeout} without one. */
    long nextAnswered(Duration timeout) throws InterruptedException {
        Long id = answered.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (id == null) {
            throw new IllegalStateException(
                    "no job was answered for " + timeout.toSeconds() + " s; " + unanswered.size() + " unanswered");
        }
        return id;
    }

    long issued() {
        return issued.get();
    }

    long redeliveries() {
        return redeliveries.get();
    }

    /** Answers written for a job already answered, as the results map's update events told them. */
    long duplicatesSeen() {
        return duplicates.get();
    }

    /**
     * Stops giving out new jobs and waits, still redelivering, until every job given out is
     * answered; then reads every answer back from the cluster and checks it. An answer the map
     * reported and then lost (written to a member killed before its backup had it) counts as not
     * given: that job is given out again until its answer reads back, or the time is up.
     */
    BatchCheck finish(Duration timeout) throws InterruptedException {
        issuing = false;
        issuer.interrupt();
        issuer.join(timeout.toMillis());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            while (!unanswered.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            BatchCheck check = BatchCheck.of(jobs, results, issued.get(), redeliveries.get());
            if (check.missingCount() == 0 || System.nanoTime() >= deadline) {
                return check;
            }
            for (long id : check.missing()) {
                redeliveries.incrementAndGet();
                giveOut(id);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        issuing = false;
        issuer.interrupt();
        redeliverer.shutdownNow();
        issuer.join(10_000);
    }

    private void issueJobs() {
        try {
            while (issuing) {
                window.acquire();
                long id = issued.getAndIncrement();
                giveOut(id);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** Noted as unanswered before it is queued: an answer can never come before its job is noted. */
    private void giveOut(long id) {
        unanswered.put(id, System.nanoTime());
        try {
            queue.offer(new long[] {id, jobs.number(id)});
        } catch (RuntimeException clusterChanging) {
            // Not queued, or not known to be: the redelivery sweep gives it out again.
        }
    }

    private void redeliverLate() {
        long now = System.nanoTime();
        for (Map.Entry<Long, Long> job : unanswered.entrySet()) {
            if (now - job.getValue() > ackTimeoutNanos && unanswered.replace(job.getKey(), job.getValue(), now)) {
                redeliveries.incrementAndGet();
                giveOut(job.getKey());
            }
        }
    }

    private void answer(long id) {
        if (unanswered.remove(id) != null) {
            window.release();
            answered.add(id);
        } else {
            duplicates.incrementAndGet();
        }
    }

    /** Added: a job's first answer; updated: an answer to a job answered before, or a first one whose add event was lost. */
    private final class AnswerListener
            implements EntryAddedListener<Long, Delivery>, EntryUpdatedListener<Long, Delivery> {

        @Override
        public void entryAdded(EntryEvent<Long, Delivery> event) {
            answer(event.getKey());
        }

        @Override
        public void entryUpdated(EntryEvent<Long, Delivery> event) {
            answer(event.getKey());
        }
    }
}
