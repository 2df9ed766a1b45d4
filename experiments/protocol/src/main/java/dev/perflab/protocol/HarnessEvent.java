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
    @JsonSubTypes.Type(value = HarnessEvent.Result.class, name = "result"),
    @JsonSubTypes.Type(value = HarnessEvent.Profile.class, name = "profile")
})
public sealed interface HarnessEvent {

    /** Bumped whenever a record below changes incompatibly. */
    int PROTOCOL_VERSION = 3;

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

    /**
     * Where one point of the params grid spent its time and memory, from the flight recordings of
     * its measurement iterations in every fork ({@code jfr} profiler). Shares are of {@code samples}
     * (execution samples of Java threads, about one per 10 ms of running thread); the lists are
     * the largest entries only, so an event stays small.
     *
     * @param seconds the recorded time, summed over forks
     * @param allocatedBytes all bytes JFR's allocation samples stand for; {@code allocations} are
     *     the largest classes among them
     * @param stacks sampled stacks, root first, frames as {@code Class.method}, for a flame graph
     */
    record Profile(
            String benchmark,
            Map<String, String> params,
            int forks,
            long samples,
            double seconds,
            List<HotMethod> hotMethods,
            List<HotLine> hotLines,
            long allocatedBytes,
            List<Allocation> allocations,
            List<GcPauses> gcPauses,
            List<Stack> stacks)
            implements HarnessEvent {}

    /** {@code self}: samples with the method on top; {@code total}: samples with it anywhere. */
    record HotMethod(String method, String qualified, long self, long total) {}

    /** {@code line} is {@code Class.method:line}, the line a sample was executing. */
    record HotLine(String line, long self) {}

    /** Bytes allocated as estimated by JFR's allocation samples, by allocated class. */
    record Allocation(String className, long bytes) {}

    /** The stop-the-world pauses of one collector. */
    record GcPauses(String collector, int collections, double totalMillis, double longestMillis) {}

    record Stack(List<String> frames, long samples) {}
}
