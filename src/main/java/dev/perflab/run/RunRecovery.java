package dev.perflab.run;

import dev.perflab.store.EventRow;
import dev.perflab.store.RunStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Before the lab takes requests, ends every run a previous server left unended: its fork died
 * with that server, so it is INTERRUPTED, with the events it had recorded kept.
 */
final class RunRecovery implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RunRecovery.class);

    private final RunStore store;
    private final JsonMapper json;
    private final Clock clock;

    RunRecovery(RunStore store, JsonMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Long ended = store.findByStatus(RunService.unendedStatuses())
                .concatMap(row -> interrupt(row.id(), row.status()))
                .count()
                .block(Duration.ofSeconds(60));
        if (ended != null && ended > 0) {
            log.warn("Marked {} run(s) INTERRUPTED: the server stopped while they were queued or running", ended);
        }
    }

    private Mono<Void> interrupt(String runId, String status) {
        String reason = "the server stopped while this run was " + status.toLowerCase()
                + "; what it measured before that is kept";
        var data = json.writeValueAsString(Map.of("status", RunStatus.INTERRUPTED.name(), "reason", reason));
        return store.lastSeq(runId)
                .flatMap(last -> store.append(new EventRow(runId, last + 1, "failed", clock.instant(), data)))
                .then(store.markEnded(runId, RunStatus.INTERRUPTED.name(), clock.instant(), reason));
    }
}
