package dev.perflab.run;

import dev.perflab.store.EventRow;
import dev.perflab.store.RunStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events of one active run. Publishing numbers an event, stores it, then hands it to every
 * viewer, in that order, so a viewer never sees an event the database does not have and a late
 * viewer replays everything. Nothing is published after the terminal event.
 */
final class EventChannel {

    private static final Logger log = LoggerFactory.getLogger(EventChannel.class);

    private final String runId;
    private final JsonMapper json;
    private final Clock clock;
    private final Sinks.Many<Pending> inbox = Sinks.many().unicast().onBackpressureBuffer();
    private final Sinks.Many<RunEvent> replay = Sinks.many().replay().all();
    private final Disposable writer;
    private long nextId;
    private boolean ended;

    /** An event with the status change that must be stored before anyone sees the event. */
    private record Pending(RunEvent event, Mono<Void> statusChange) {}

    EventChannel(String runId, long firstId, RunStore store, JsonMapper json, Clock clock) {
        this.runId = runId;
        this.nextId = firstId;
        this.json = json;
        this.clock = clock;
        // The writes run on a worker of their own, never on the thread that publishes: that can be
        // a run's thread, which cancelling the run interrupts, and an interrupt during a write makes
        // H2 close its file and the whole database with it.
        this.writer = inbox.asFlux()
                .publishOn(Schedulers.boundedElastic())
                .concatMap(pending -> store.append(row(pending.event()))
                        .then(pending.statusChange())
                        .onErrorResume(e -> {
                            log.error(
                                    "Could not store event {} of run {}",
                                    pending.event().id(),
                                    runId,
                                    e);
                            return Mono.empty();
                        })
                        .thenReturn(pending.event()))
                .subscribe(this::deliver);
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
        inbox.emitNext(
                new Pending(event, statusChange),
                Sinks.EmitFailureHandler.busyLooping(java.time.Duration.ofSeconds(1)));
        return true;
    }

    synchronized boolean hasEnded() {
        return ended;
    }

    /** Every event so far, then the live ones; completes after the terminal event. */
    Flux<RunEvent> events() {
        return replay.asFlux();
    }

    /** Completes once the terminal event is stored and delivered. */
    Mono<Void> terminated() {
        return replay.asFlux().then();
    }

    private void deliver(RunEvent event) {
        replay.emitNext(event, Sinks.EmitFailureHandler.FAIL_FAST);
        if (event.isTerminal()) {
            replay.emitComplete(Sinks.EmitFailureHandler.FAIL_FAST);
            writer.dispose();
        }
    }

    private EventRow row(RunEvent event) {
        return new EventRow(runId, event.id(), event.type(), event.at(), event.data());
    }
}
