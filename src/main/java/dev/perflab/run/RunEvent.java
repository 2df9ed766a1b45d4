package dev.perflab.run;

import java.time.Instant;
import java.util.Set;

/**
 * One event of a run, as stored and as sent over SSE: {@code id} is the sequence number (from 1),
 * {@code type} the SSE event name, {@code data} a JSON object.
 */
public record RunEvent(long id, String type, Instant at, String data) {

    static final Set<String> TERMINAL_TYPES = Set.of("finished", "failed", "cancelled");

    public boolean isTerminal() {
        return TERMINAL_TYPES.contains(type);
    }
}
