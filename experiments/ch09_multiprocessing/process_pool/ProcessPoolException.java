package dev.perflab.experiments.ch09.processpool;

/** A pool that cannot do what it was asked: a task failed, a worker died or never started. */
public final class ProcessPoolException extends RuntimeException {

    ProcessPoolException(String message) {
        super(message);
    }

    ProcessPoolException(String message, Throwable cause) {
        super(message, cause);
    }
}
