package dev.perflab.experiments.ch02.overhead;

import java.util.ArrayList;
import java.util.List;

/**
 * A naive line tracer, the kind of instrumentation line_profiler and cProfile add: every executed
 * statement becomes an event object with a timestamp, kept in a buffer and folded at each
 * {@link #flush()} into hits and time per line. The time of a line is the time until the next
 * event, as line_profiler counts it.
 */
final class LineTracer {

    /** One executed statement: which line, and when it started. */
    record LineEvent(int line, long nanos) {}

    private final List<LineEvent> buffer = new ArrayList<>();
    private final long[] hits;
    private final long[] nanos;
    private LineEvent previous;

    LineTracer(int lines) {
        hits = new long[lines];
        nanos = new long[lines];
    }

    void hit(int line) {
        buffer.add(new LineEvent(line, System.nanoTime()));
    }

    /** Folds the buffered events into the per-line totals and empties the buffer. */
    void flush() {
        for (LineEvent event : buffer) {
            hits[event.line()]++;
            if (previous != null) {
                nanos[previous.line()] += event.nanos() - previous.nanos();
            }
            previous = event;
        }
        buffer.clear();
    }

    long hits(int line) {
        return hits[line];
    }

    long nanos(int line) {
        return nanos[line];
    }
}
