package dev.perflab.store;

import io.r2dbc.spi.Readable;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The only way the store executes a statement: every statement runs to its end, whoever stops
 * listening. A caller that cancels (a page whose browser closed, an event stream that ended) never
 * reaches the connection pool or the driver. A cancel that lands while a statement waits for a
 * pooled connection, or while the driver streams its rows, is where R2DBC pools have been known to
 * lose the connection for good; ten lost and every page of the lab waits forever. A statement's
 * rows are few here (a run's events, a page of runs), so holding them whole costs little, and a
 * write asked for is a write done.
 *
 * <p>The store's classes write and bind their SQL with {@link #sql}, and execute it only through
 * this class; {@code ArchitectureTest} holds them to it.
 */
final class Statements {

    private final DatabaseClient db;

    Statements(DatabaseClient db) {
        this.db = db;
    }

    GenericExecuteSpec sql(String sql) {
        return db.sql(sql);
    }

    /** A statement's completion: an insert or update, done whether or not anyone still waits. */
    Mono<Void> run(GenericExecuteSpec statement) {
        return whole(statement.then());
    }

    /** The one row or none. */
    <T> Mono<T> one(GenericExecuteSpec statement, Function<Readable, T> row) {
        return whole(statement.map(row).one());
    }

    /** The rows, read to the last before the first is handed on. */
    <T> Flux<T> all(GenericExecuteSpec statement, Function<Readable, T> row) {
        return whole(statement.map(row).all().collectList()).flatMapIterable(rows -> rows);
    }

    private static <T> Mono<T> whole(Mono<T> statement) {
        return Mono.fromFuture(statement::toFuture, true);
    }
}
