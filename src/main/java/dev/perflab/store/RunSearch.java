package dev.perflab.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Lists of runs for history, the catalog and the experiment form: rows only, never events. */
@Repository
public class RunSearch {

    private final Statements db;

    public RunSearch(DatabaseClient db) {
        this.db = new Statements(db);
    }

    /** Newest first; a null {@code experiment} or {@code status} matches every run. */
    public Flux<RunRow> page(String experiment, String status, int offset, int limit) {
        var filter = Filter.of(experiment, status);
        var spec = db.sql("select " + RunStore.RUN_COLUMNS + " from runs" + filter.where()
                        + " order by created_at desc, id limit :limit offset :offset")
                .bind("limit", limit)
                .bind("offset", offset);
        for (var bind : filter.binds().entrySet()) {
            spec = spec.bind(bind.getKey(), bind.getValue());
        }
        return db.all(spec, RunStore::runRow);
    }

    public Mono<Long> count(String experiment, String status) {
        var filter = Filter.of(experiment, status);
        var spec = db.sql("select count(*) as total from runs" + filter.where());
        for (var bind : filter.binds().entrySet()) {
            spec = spec.bind(bind.getKey(), bind.getValue());
        }
        return db.one(spec, row -> row.get("total", Number.class).longValue());
    }

    /** The newest run of every experiment that has one. */
    public Flux<RunRow> latestPerExperiment() {
        return db.all(
                db.sql("select " + prefixed("r") + " from runs r join"
                        + " (select experiment, max(created_at) as newest from runs group by experiment) latest"
                        + " on r.experiment = latest.experiment and r.created_at = latest.newest"),
                RunStore::runRow);
    }

    /** The newest succeeded run with exactly these settings on this lab version, if any. */
    public Mono<RunRow> sameSettings(String experiment, String paramsJson, String optionsJson, String labVersion) {
        return sameSettings(experiment, paramsJson, optionsJson, labVersion, 1).next();
    }

    /**
     * The newest {@code limit} succeeded runs with exactly these settings on this lab version,
     * newest first: the same measurement repeated, whose spread is the noise between runs.
     */
    public Flux<RunRow> sameSettings(
            String experiment, String paramsJson, String optionsJson, String labVersion, int limit) {
        return db.all(
                db.sql("select " + RunStore.RUN_COLUMNS + " from runs where experiment = :experiment"
                                + " and params = :params and options = :options and lab_version = :version"
                                + " and status = 'SUCCEEDED' order by created_at desc, id limit :limit")
                        .bind("experiment", experiment)
                        .bind("params", paramsJson)
                        .bind("options", optionsJson)
                        .bind("version", labVersion)
                        .bind("limit", limit),
                RunStore::runRow);
    }

    private static String prefixed(String alias) {
        return String.join(
                ", ",
                List.of(RunStore.RUN_COLUMNS.split(",\\s*")).stream()
                        .map(column -> alias + "." + column.strip())
                        .toList());
    }

    private record Filter(String where, Map<String, String> binds) {
        static Filter of(String experiment, String status) {
            List<String> conditions = new ArrayList<>();
            Map<String, String> binds = new LinkedHashMap<>();
            if (experiment != null) {
                conditions.add("experiment = :experiment");
                binds.put("experiment", experiment);
            }
            if (status != null) {
                conditions.add("status = :status");
                binds.put("status", status);
            }
            return new Filter(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), binds);
        }
    }
}
