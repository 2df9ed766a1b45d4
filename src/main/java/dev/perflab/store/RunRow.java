package dev.perflab.store;

import java.time.Instant;

/** A run as stored; JSON columns stay JSON text here, the run package gives them meaning. */
public record RunRow(
        String id,
        String experiment,
        String paramsJson,
        String optionsJson,
        String planJson,
        String client,
        String status,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String error,
        String labVersion) {}
