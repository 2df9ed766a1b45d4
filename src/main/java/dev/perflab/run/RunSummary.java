package dev.perflab.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A run in a list: its settings and outcome, without its events. */
public record RunSummary(
        String id,
        String experiment,
        Map<String, List<String>> params,
        RunOptions options,
        RunPlan plan,
        RunStatus status,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String labVersion) {

    /** How long it ran, or null while it has not ended (or never started). */
    public Duration duration() {
        return startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }
}
