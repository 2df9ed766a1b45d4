package dev.perflab.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A run as the API and pages show it. Environment and results are read back from the run's own
 * events, so they are exactly what viewers of the stream saw.
 */
public record Run(
        String id,
        String experiment,
        Map<String, List<String>> params,
        RunOptions options,
        RunStatus status,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        JsonNode environment,
        RunPlan plan,
        List<RunResult> results,
        String error,
        String labVersion) {

    /**
     * One point of the params grid: JMH's score with its 99.9 % confidence interval. {@code mode}
     * and {@code threads} are null in runs recorded before the harness reported them.
     */
    public record RunResult(
            String benchmark,
            String mode,
            Integer threads,
            Map<String, String> params,
            double score,
            Double scoreError,
            List<Double> scoreConfidence,
            String unit,
            long samples,
            JsonNode secondary) {}

    /**
     * One measurement iteration of one fork, the sample behind a result's interval; {@code
     * secondary} holds the iteration's secondary scores by name.
     */
    public record Measurement(
            String benchmark,
            Map<String, String> params,
            int fork,
            int iteration,
            double score,
            Map<String, Double> secondary) {}
}
