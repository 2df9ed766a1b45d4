package dev.perflab.run;

import dev.perflab.metrics.LabMetrics;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs one at a time, first in first out: two runs on one machine corrupt each other's timings,
 * and JMH itself holds a machine-wide lock. Waiting runs learn their position as it changes.
 */
final class RunQueue {

    private static final Logger log = LoggerFactory.getLogger(RunQueue.class);

    private final int capacity;
    private final int perClient;
    private final RunExecution execution;
    private final LabMetrics metrics;
    private final Deque<QueuedRun> waiting = new ArrayDeque<>();
    private QueuedRun running;
    private Disposable current;
    private boolean closed;
    private boolean held;
    private Disposable holding;

    RunQueue(int capacity, int perClient, RunExecution execution, LabMetrics metrics) {
        this.capacity = capacity;
        this.perClient = perClient;
        this.execution = execution;
        this.metrics = metrics;
    }

    /** Room for one more run from {@code client}, or a {@link QueueFullException} saying why not. */
    synchronized void checkRoom(String client) {
        if (closed) {
            throw new QueueFullException("the lab is shutting down: try again once it is back", Duration.ofSeconds(30));
        }
        if (waiting.size() >= capacity) {
            throw new QueueFullException(capacity, Duration.ofSeconds(30));
        }
        long mine = waiting.stream().filter(run -> run.client().equals(client)).count()
                + (running != null && running.client().equals(client) ? 1 : 0);
        if (mine >= perClient) {
            throw new QueueFullException(
                    "You already have " + mine + " runs waiting or running, the most one client may have:"
                            + " wait for one to end",
                    Duration.ofSeconds(30));
        }
    }

    synchronized void submit(QueuedRun run) {
        checkRoom(run.client());
        waiting.addLast(run);
        metrics.queued(run.id());
        run.channel().publish("queued", Map.of("position", waiting.size() + (running == null ? 0 : 1)));
        startNextIfIdle();
    }

    /** @return false when the run is neither waiting nor running here */
    synchronized boolean cancel(String runId, String reason) {
        Optional<QueuedRun> queued =
                waiting.stream().filter(r -> r.id().equals(runId)).findFirst();
        if (queued.isPresent()) {
            waiting.remove(queued.get());
            execution.end(queued.get(), RunStatus.CANCELLED, reason, List.of());
            announcePositions();
            return true;
        }
        if (running != null && running.id().equals(runId)) {
            current.dispose();
            execution.end(running, RunStatus.CANCELLED, reason, List.of());
            running = null;
            startNextIfIdle();
            return true;
        }
        return false;
    }

    /**
     * Ends every run here for a normal shutdown: the running one's process tree is killed and it
     * ends INTERRUPTED with what it measured kept; waiting ones end INTERRUPTED, never dropped.
     * Returns the runs' ends, which complete once their terminal events are stored.
     */
    synchronized List<Mono<Void>> shutdown() {
        closed = true;
        if (holding != null) {
            holding.dispose();
        }
        List<Mono<Void>> ends = new ArrayList<>();
        for (QueuedRun run : waiting) {
            execution.end(
                    run,
                    RunStatus.INTERRUPTED,
                    "the lab was shut down before this run started: run it again",
                    List.of());
            ends.add(run.channel().terminated());
        }
        waiting.clear();
        if (running != null) {
            current.dispose();
            execution.end(
                    running,
                    RunStatus.INTERRUPTED,
                    "the lab was shut down during this run; the iterations measured before are kept",
                    List.of());
            ends.add(running.channel().terminated());
            running = null;
        }
        return ends;
    }

    /**
     * Starts no run until {@code ready} ends, however it ends (the JVMs' class caches are trained
     * first); runs submitted meanwhile wait in order.
     */
    synchronized void holdUntil(Mono<Void> ready) {
        held = true;
        holding = ready.doFinally(signal -> release())
                .subscribe(null, error -> log.warn("Preparing the runs failed; they start anyway", error));
    }

    private synchronized void release() {
        held = false;
        if (!closed) {
            startNextIfIdle();
        }
    }

    synchronized int depth() {
        return waiting.size() + (running == null ? 0 : 1);
    }

    private void startNextIfIdle() {
        if (held || running != null || waiting.isEmpty()) {
            return;
        }
        QueuedRun next = waiting.removeFirst();
        running = next;
        current = execution
                .execute(next)
                .subscribeOn(Schedulers.boundedElastic())
                .subscribe(null, error -> ended(next, error), () -> ended(next, null));
        announcePositions();
    }

    private synchronized void ended(QueuedRun run, Throwable error) {
        if (error != null) {
            log.error("Run {} ended with an unexpected error", run.id(), error);
            execution.end(run, RunStatus.FAILED, "the lab failed while running it: " + error, List.of());
        }
        if (running == run) {
            running = null;
            startNextIfIdle();
        }
    }

    private void announcePositions() {
        int position = running == null ? 0 : 1;
        for (QueuedRun run : waiting) {
            run.channel().publish("queued", Map.of("position", ++position));
        }
    }
}
