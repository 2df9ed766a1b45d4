package dev.perflab.run;

import java.time.Duration;

/** The queue holds as many runs as it may; the caller should come back after {@code retryAfter}. */
public class QueueFullException extends RuntimeException {

    private final Duration retryAfter;

    QueueFullException(int capacity, Duration retryAfter) {
        super("The queue is full (" + capacity + " runs waiting); try again later");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
