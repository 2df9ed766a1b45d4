package dev.perflab.run;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

/**
 * Runs one at a time, first in first out: two runs on one machine corrupt each other's timings,
 * and JMH itself holds a machine-wide lock. Waiting runs learn their position as it changes.
 */
final class RunQueue {

    private static final Logger log = LoggerFactory.getLogger(RunQueue.class);

    private final int capacity;
    private final RunExecution execution;
    private final Deque<QueuedRun> waiting = new ArrayDeque<>();
    private QueuedRun running;
    private Disposable current;

    RunQueue(int capacity, RunExecution execution) {
        this.capacity = capacity;
        this.execution = execution;
    }

    synchronized void checkRoom() {
        if (waiting.size() >= capacity) {
            throw new QueueFullException(capacity, Duration.ofSeconds(30));
        }
    }

    synchronized void submit(QueuedRun run) {
        checkRoom();
        waiting.addLast(run);
        run.channel().publish("queued", Map.of("position", waiting.size() + (running == null ? 0 : 1)));
        startNextIfIdle();
    }

    /** @return false when the run is neither waiting nor running here */
    synchronized boolean cancel(String runId, String reason) {
        Optional<QueuedRun> queued =
                waiting.stream().filter(r -> r.id().equals(runId)).findFirst();
        if (queued.isPresent()) {
            waiting.remove(queued.get());
            execution.end(queued.get(), RunStatus.CANCELLED, reason, java.util.List.of());
            announcePositions();
            return true;
        }
        if (running != null && running.id().equals(runId)) {
            current.dispose();
            execution.end(running, RunStatus.CANCELLED, reason, java.util.List.of());
            running = null;
            startNextIfIdle();
            return true;
        }
        return false;
    }

    synchronized int depth() {
        return waiting.size() + (running == null ? 0 : 1);
    }

    private void startNextIfIdle() {
        if (running != null || waiting.isEmpty()) {
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
            execution.end(run, RunStatus.FAILED, "the lab failed while running it: " + error, java.util.List.of());
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
