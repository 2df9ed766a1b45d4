package dev.perflab.run;

import java.time.Duration;

/** The queue holds as many runs as it may; the caller should come back after {@code retryAfter}. */
public class QueueFullException extends RuntimeException {

    private final Duration retryAfter;

    QueueFullException(int capacity, Duration retryAfter) {
        this("The queue is full (" + capacity + " runs waiting); try again later", retryAfter);
    }

    QueueFullException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
