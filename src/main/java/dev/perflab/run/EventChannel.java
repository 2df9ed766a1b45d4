package dev.perflab.run;

import dev.perflab.store.EventRow;
import dev.perflab.store.RunStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events of one active run. Publishing numbers an event, stores it, then hands it to every
 * viewer, in that order, so a viewer never sees an event the database does not have and a late
 * viewer replays everything. Nothing is published after the terminal event.
 *
 * <p>A writer thread of the channel's own stores whatever has arrived since its last write as one
 * batch, in one commit, then delivers the batch: a fork's burst of log lines costs one write of
 * the database file instead of one each, so a burst never queues events behind one write per line.
 */
final class EventChannel {

    private static final Logger log = LoggerFactory.getLogger(EventChannel.class);

    /** The most events stored in one statement. */
    static final int MAX_BATCH = 200;

    private final String runId;
    private final RunStore store;
    private final JsonMapper json;
    private final Clock clock;
    private final BlockingQueue<Pending> inbox = new LinkedBlockingQueue<>();
    private final Sinks.Many<List<RunEvent>> replay = Sinks.many().replay().all();
    private long nextId;
    private boolean ended;

    /** An event with the status change that must be stored before anyone sees the event. */
    private record Pending(RunEvent event, Mono<Void> statusChange) {}

    EventChannel(String runId, long firstId, RunStore store, JsonMapper json, Clock clock) {
        this.runId = runId;
        this.nextId = firstId;
        this.store = store;
        this.json = json;
        this.clock = clock;
        // The writes run on a thread of their own, never on the thread that publishes: that can be
        // a run's thread, which cancelling the run interrupts, and an interrupt during a write makes
        // H2 close its file and the whole database with it. Nothing interrupts this one.
        Thread.ofVirtual().name("events-" + runId).start(this::writeAndDeliver);
    }

    boolean publish(String type, Object data) {
        return publish(type, data, Mono.empty());
    }

    /** @return false when the run has already ended and the event was dropped */
    synchronized boolean publish(String type, Object data, Mono<Void> statusChange) {
        if (ended) {
            return false;
        }
        var event = new RunEvent(nextId++, type, clock.instant(), json.writeValueAsString(data));
        ended = event.isTerminal();
        inbox.add(new Pending(event, statusChange));
        return true;
    }

    synchronized boolean hasEnded() {
        return ended;
    }

    /**
     * Every event so far, then the live ones, in the batches they were stored in (a viewer can send
     * a burst as one write); completes after the terminal event. Every viewer gets the same list
     * instances.
     */
    Flux<List<RunEvent>> batches() {
        return replay.asFlux();
    }

    /** Completes once the terminal event is stored and delivered. */
    Mono<Void> terminated() {
        return replay.asFlux().then();
    }

    /** Until the terminal event: wait for an event, take every other one waiting, store, deliver. */
    private void writeAndDeliver() {
        List<Pending> batch = new ArrayList<>();
        boolean terminal = false;
        while (!terminal) {
            try {
                batch.add(inbox.take());
            } catch (InterruptedException e) {
                continue;
            }
            inbox.drainTo(batch, MAX_BATCH - 1);
            storeAll(batch);
            List<RunEvent> events = batch.stream().map(Pending::event).toList();
            terminal = events.getLast().isTerminal();
            deliver(events);
            batch.clear();
        }
    }

    private void storeAll(List<Pending> batch) {
        try {
            store.append(batch.stream().map(pending -> row(pending.event())).toList())
                    .then(Flux.fromIterable(batch)
                            .concatMap(Pending::statusChange)
                            .then())
                    .block();
        } catch (RuntimeException e) {
            log.error(
                    "Could not store events {} to {} of run {}",
                    batch.getFirst().event().id(),
                    batch.getLast().event().id(),
                    runId,
                    e);
        }
    }

    private void deliver(List<RunEvent> events) {
        replay.emitNext(events, Sinks.EmitFailureHandler.FAIL_FAST);
        if (events.getLast().isTerminal()) {
            replay.emitComplete(Sinks.EmitFailureHandler.FAIL_FAST);
        }
    }

    private EventRow row(RunEvent event) {
        return new EventRow(runId, event.id(), event.type(), event.at(), event.data());
    }
}
