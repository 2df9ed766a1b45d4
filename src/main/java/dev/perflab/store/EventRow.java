package dev.perflab.store;

import java.time.Instant;

/** One stored event of a run; {@code seq} counts from 1 and is the event's SSE id. */
public record EventRow(String runId, long seq, String type, Instant at, String dataJson) {}
