package dev.perflab.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;

/**
 * One line the harness prints on stdout. The first line of every run is a {@link Hello} carrying
 * {@link #PROTOCOL_VERSION}; field names follow JMH's own vocabulary so JMH users recognise them.
 * Scores are in {@code scoreUnit}; a score error JMH cannot compute (one sample) is {@code null}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = HarnessEvent.Hello.class, name = "hello"),
    @JsonSubTypes.Type(value = HarnessEvent.Environment.class, name = "environment"),
    @JsonSubTypes.Type(value = HarnessEvent.Fork.class, name = "fork"),
    @JsonSubTypes.Type(value = HarnessEvent.Iteration.class, name = "iteration"),
    @JsonSubTypes.Type(value = HarnessEvent.Result.class, name = "result")
})
public sealed interface HarnessEvent {

    /** Bumped whenever a record below changes incompatibly. */
    int PROTOCOL_VERSION = 2;

    record Hello(int protocol, String jmhVersion) implements HarnessEvent {}

    /**
     * The machine and JVM the measuring forks run on, read by the harness before the first fork.
     * {@code caches} are the CPU caches of the first core, as the OS lists them; empty where it does not.
     */
    record Environment(
            String jdkVendor,
            String jdkVersion,
            String vmName,
            String vmVersion,
            String jvm,
            List<String> jvmArgs,
            String gc,
            String cpuModel,
            int cores,
            long memoryBytes,
            String os,
            Double loadAverage,
            List<Cache> caches)
            implements HarnessEvent {

        public Environment {
            caches = caches == null ? List.of() : List.copyOf(caches);
        }
    }

    /** One CPU cache: {@code level} 1 to 3 or 4, {@code type} {@code Data}, {@code Instruction} or {@code Unified}. */
    record Cache(int level, String type, long bytes) {}

    /** A measuring JVM was started for one point of the params grid; {@code fork} counts from 1. */
    record Fork(String benchmark, Map<String, String> params, int fork, int forks) implements HarnessEvent {}

    /** {@code phase} is {@code warmup} or {@code measurement}; {@code iteration} counts from 1 within it. */
    record Iteration(
            String benchmark,
            Map<String, String> params,
            int fork,
            String phase,
            int iteration,
            int iterations,
            double score,
            String scoreUnit,
            Map<String, Metric> secondary)
            implements HarnessEvent {}

    /**
     * One point of the params grid, aggregated over all forks as JMH aggregates it (99.9 % CI).
     * {@code mode} is JMH's short label ({@code avgt}, {@code thrpt}, ...); {@code threads} the
     * benchmark threads JMH ran.
     */
    record Result(
            String benchmark,
            String mode,
            int threads,
            Map<String, String> params,
            double score,
            Double scoreError,
            List<Double> scoreConfidence,
            String scoreUnit,
            long samples,
            Map<String, Metric> secondary)
            implements HarnessEvent {}

    record Metric(double score, Double scoreError, String scoreUnit) {}
}
