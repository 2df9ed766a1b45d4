package dev.perflab.store;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every statement runs to its end, whoever stops listening: a caller that cancels (a page whose
 * browser closed, an event stream that ended) never reaches the connection pool or the driver. A
 * cancel that lands while a statement waits for a pooled connection, or while the driver streams
 * its rows, is where R2DBC pools have been known to lose the connection for good; ten lost and every
 * page of the lab waits forever. A statement's rows are few here (a run's events, a page of runs),
 * so holding them whole costs little, and a write asked for is a write done.
 */
final class WholeQueries {

    /** The rows, read to the last before the first is handed on. */
    static <T> Flux<T> rows(Flux<T> query) {
        return Mono.fromFuture(() -> query.collectList().toFuture(), true).flatMapIterable(rows -> rows);
    }

    /** The one row or none, or the statement's completion. */
    static <T> Mono<T> row(Mono<T> query) {
        return Mono.fromFuture(query::toFuture, true);
    }

    private WholeQueries() {}
}
