package dev.perflab.store;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Runs and their events in the database (H2 by default, PostgreSQL by configuration). */
@Repository
public class RunStore {

    static final String RUN_COLUMNS = "id, experiment, params, options, plan, client, status, created_at,"
            + " started_at, finished_at, error, lab_version";

    private final Statements db;

    public RunStore(DatabaseClient db) {
        this.db = new Statements(db);
    }

    public Mono<Void> insert(RunRow run) {
        var spec = db.sql("insert into runs (" + RUN_COLUMNS + ") values"
                        + " (:id, :experiment, :params, :options, :plan, :client, :status, :createdAt,"
                        + " null, null, null, :labVersion)")
                .bind("id", run.id())
                .bind("experiment", run.experiment())
                .bind("params", run.paramsJson())
                .bind("options", run.optionsJson())
                .bind("plan", run.planJson())
                .bind("status", run.status())
                .bind("createdAt", utc(run.createdAt()))
                .bind("labVersion", run.labVersion());
        return db.run(run.client() == null ? spec.bindNull("client", String.class) : spec.bind("client", run.client()));
    }

    public Mono<Void> markStarted(String id, Instant at) {
        return db.run(db.sql("update runs set status = 'RUNNING', started_at = :at where id = :id")
                .bind("at", utc(at))
                .bind("id", id));
    }

    /** Ends a run; {@code error} is null for a run that succeeded. */
    public Mono<Void> markEnded(String id, String status, Instant at, String error) {
        var spec = db.sql("update runs set status = :status, finished_at = :at, error = :error where id = :id")
                .bind("status", status)
                .bind("at", utc(at))
                .bind("id", id);
        spec = error == null ? spec.bindNull("error", String.class) : spec.bind("error", error);
        return db.run(spec);
    }

    public Mono<RunRow> find(String id) {
        return db.one(
                db.sql("select " + RUN_COLUMNS + " from runs where id = :id").bind("id", id), RunStore::runRow);
    }

    public Flux<RunRow> findByStatus(Collection<String> statuses) {
        return db.all(
                db.sql("select " + RUN_COLUMNS + " from runs where status in (:statuses) order by created_at")
                        .bind("statuses", statuses),
                RunStore::runRow);
    }

    public Mono<Void> append(EventRow event) {
        return append(List.of(event));
    }

    /**
     * Several events in one statement, so in one commit: a burst of a fork's log lines costs one
     * write of the database file, not one each.
     */
    public Mono<Void> append(List<EventRow> events) {
        if (events.isEmpty()) {
            return Mono.empty();
        }
        var values = new StringBuilder();
        for (int i = 0; i < events.size(); i++) {
            values.append(i == 0 ? "" : ", ")
                    .append("(:run")
                    .append(i)
                    .append(", :seq")
                    .append(i)
                    .append(", :type")
                    .append(i)
                    .append(", :at")
                    .append(i)
                    .append(", :data")
                    .append(i)
                    .append(')');
        }
        var spec = db.sql("insert into run_events (run_id, seq, type, at, data) values " + values);
        for (int i = 0; i < events.size(); i++) {
            EventRow event = events.get(i);
            spec = spec.bind("run" + i, event.runId())
                    .bind("seq" + i, (int) event.seq())
                    .bind("type" + i, event.type())
                    .bind("at" + i, utc(event.at()))
                    .bind("data" + i, event.dataJson());
        }
        return db.run(spec);
    }

    /** The run's events after {@code afterSeq}, in order. */
    public Flux<EventRow> events(String runId, long afterSeq) {
        return db.all(
                db.sql("select run_id, seq, type, at, data from run_events where run_id = :run and seq > :after"
                                + " order by seq")
                        .bind("run", runId)
                        .bind("after", (int) afterSeq),
                RunStore::eventRow);
    }

    public Flux<EventRow> eventsOfTypes(String runId, Collection<String> types) {
        return db.all(
                db.sql("select run_id, seq, type, at, data from run_events where run_id = :run and type in (:types)"
                                + " order by seq")
                        .bind("run", runId)
                        .bind("types", types),
                RunStore::eventRow);
    }

    public Mono<Long> lastSeq(String runId) {
        return db.one(
                db.sql("select coalesce(max(seq), 0) as last from run_events where run_id = :run")
                        .bind("run", runId),
                row -> row.get("last", Number.class).longValue());
    }

    static RunRow runRow(Readable row) {
        return new RunRow(
                row.get("id", String.class),
                row.get("experiment", String.class),
                row.get("params", String.class),
                row.get("options", String.class),
                row.get("plan", String.class),
                row.get("client", String.class),
                row.get("status", String.class),
                instant(row, "created_at"),
                instant(row, "started_at"),
                instant(row, "finished_at"),
                row.get("error", String.class),
                row.get("lab_version", String.class));
    }

    private static EventRow eventRow(Readable row) {
        return new EventRow(
                row.get("run_id", String.class),
                row.get("seq", Number.class).longValue(),
                row.get("type", String.class),
                instant(row, "at"),
                row.get("data", String.class));
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime at = row.get(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
