package dev.perflab.run;

import dev.perflab.store.EventRow;
import dev.perflab.store.RunStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events of one active run. Publishing numbers an event; a delivering thread of the channel's
 * own hands it to every viewer, and a storing thread stores it. Events reach viewers in order, a
 * late viewer replays everything, and nothing is published after the terminal event.
 *
 * <p>An event that changes the run's status ({@code started}, the terminal event) reaches viewers
 * only once it, every event before it and the new status are stored, so a page that asks for the
 * run when it sees one gets the status it saw, and a run whose end a viewer has seen is whole in the
 * database. Every other event goes out at once and is stored meanwhile: a viewer never waits for
 * the database to see a log line or an iteration, and an event that arrives while earlier ones are
 * being stored does not wait for them either.
 *
 * <p>The delivering thread hands out an event together with those that come within {@link #GATHER}
 * of it, and the storing thread stores whatever has arrived since it last wrote: a fork's burst of
 * log lines costs one write per viewer and one commit instead of one each.
 */
final class EventChannel {

    private static final Logger log = LoggerFactory.getLogger(EventChannel.class);

    /** The most events stored in one statement. */
    static final int MAX_BATCH = 200;

    /**
     * How long an event waits for others that come with it (an iteration's log lines, the summary a
     * fork prints as it ends) to reach viewers in the same write. Each write costs the server a
     * system call per viewer and wakes every viewer's machine; a few milliseconds buy one write
     * where there would be several (docs/performance.md, 4b).
     */
    static final Duration GATHER = Duration.ofMillis(3);

    private final String runId;
    private final RunStore store;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration gather;
    private final BlockingQueue<Pending> inbox = new LinkedBlockingQueue<>();
    private final BlockingQueue<StoreRequest> toStore = new LinkedBlockingQueue<>();
    private final Sinks.Many<List<RunEvent>> replay = Sinks.many().replay().all();
    private long nextId;
    private boolean ended;

    /** An event, with the status change it brings, if any. */
    private record Pending(RunEvent event, Optional<Mono<Void>> statusChange) {

        /** Viewers see it only once it is stored: it changes the run's status or ends the run. */
        boolean storedFirst() {
            return statusChange.isPresent() || event.isTerminal();
        }
    }

    /** Events for the store thread, and what tells the delivering thread they are stored. */
    private record StoreRequest(List<Pending> batch, CompletableFuture<Void> stored) {}

    EventChannel(String runId, long firstId, RunStore store, JsonMapper json, Clock clock) {
        this(runId, firstId, store, json, clock, GATHER);
    }

    EventChannel(String runId, long firstId, RunStore store, JsonMapper json, Clock clock, Duration gather) {
        this.runId = runId;
        this.gather = gather;
        this.nextId = firstId;
        this.store = store;
        this.json = json;
        this.clock = clock;
        // The writes run on a thread of their own, never on the thread that publishes: that can be
        // a run's thread, which cancelling the run interrupts, and an interrupt during a write makes
        // H2 close its file and the whole database with it. Nothing interrupts these. They are
        // platform threads: as virtual ones, delivery waited for one of two carriers while the
        // store's file writes and the fork's pipe readers held them.
        Thread.ofPlatform().daemon().name("events-" + runId).start(this::deliverInOrder);
        Thread.ofPlatform().daemon().name("events-store-" + runId).start(this::storeInOrder);
    }

    boolean publish(String type, Object data) {
        return publish(type, data, Optional.empty());
    }

    /** Publishes an event that viewers see only once {@code statusChange} is stored with it. */
    boolean publish(String type, Object data, Mono<Void> statusChange) {
        return publish(type, data, Optional.of(statusChange));
    }

    /** @return false when the run has already ended and the event was dropped */
    private synchronized boolean publish(String type, Object data, Optional<Mono<Void>> statusChange) {
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
     * Every event so far, then the live ones, in the batches they were delivered in (a viewer can
     * send a burst as one write); completes after the terminal event. Every viewer gets the same list
     * instances.
     */
    Flux<List<RunEvent>> batches() {
        return replay.asFlux();
    }

    /** Completes once the terminal event is stored and delivered. */
    Mono<Void> terminated() {
        return replay.asFlux().then();
    }

    /**
     * Until the terminal event: wait for an event, take those that come with it, deliver those that
     * need not wait for the database, ask the store thread to store them all, and deliver the rest
     * once it has. The store thread works through its requests in order, so once it has stored a
     * batch, it has stored every earlier one.
     */
    private void deliverInOrder() {
        List<Pending> batch = new ArrayList<>();
        boolean terminal = false;
        while (!terminal) {
            try {
                gather(batch);
            } catch (InterruptedException e) {
                continue;
            }
            List<RunEvent> events = batch.stream().map(Pending::event).toList();
            int early = 0;
            while (early < batch.size() && !batch.get(early).storedFirst()) {
                early++;
            }
            deliver(events.subList(0, early));
            var stored = new CompletableFuture<Void>();
            toStore.add(new StoreRequest(List.copyOf(batch), stored));
            if (early < events.size()) {
                stored.join();
                deliver(events.subList(early, events.size()));
            }
            terminal = events.getLast().isTerminal();
            batch.clear();
        }
    }

    /**
     * Waits for an event, then takes those that come within the gathering time of it (fewer if the
     * batch fills or the run ends), and every one already waiting.
     */
    private void gather(List<Pending> batch) throws InterruptedException {
        batch.add(inbox.take());
        long deadline = System.nanoTime() + gather.toNanos();
        while (batch.size() < MAX_BATCH && !batch.getLast().event().isTerminal()) {
            Pending next = inbox.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
        }
    }

    /**
     * Until the terminal event: take every request waiting, store their events in as few statements
     * as {@link #MAX_BATCH} allows, apply their status changes, and tell each request it is done.
     */
    private void storeInOrder() {
        List<StoreRequest> requests = new ArrayList<>();
        boolean terminal = false;
        while (!terminal) {
            try {
                requests.add(toStore.take());
            } catch (InterruptedException e) {
                continue;
            }
            toStore.drainTo(requests);
            List<Pending> events = requests.stream()
                    .flatMap(request -> request.batch().stream())
                    .toList();
            for (int from = 0; from < events.size(); from += MAX_BATCH) {
                storeAll(events.subList(from, Math.min(events.size(), from + MAX_BATCH)));
            }
            requests.forEach(request -> request.stored().complete(null));
            terminal = events.getLast().event().isTerminal();
            requests.clear();
        }
    }

    /** Stores the batch and its status changes; a failure is logged, and viewers still get the events. */
    private void storeAll(List<Pending> batch) {
        try {
            store.append(batch.stream().map(pending -> row(pending.event())).toList())
                    .then(Flux.fromIterable(batch)
                            .concatMap(pending -> pending.statusChange().orElse(Mono.empty()))
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
        if (events.isEmpty()) {
            return;
        }
        replay.emitNext(events, Sinks.EmitFailureHandler.FAIL_FAST);
        if (events.getLast().isTerminal()) {
            replay.emitComplete(Sinks.EmitFailureHandler.FAIL_FAST);
        }
    }

    private EventRow row(RunEvent event) {
        return new EventRow(runId, event.id(), event.type(), event.at(), event.data());
    }
}
