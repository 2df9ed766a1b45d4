package dev.perflab.web;

import dev.perflab.run.Run;
import dev.perflab.run.RunArchive;
import dev.perflab.run.SampleStatistics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A run in JMH's own JSON result format (what {@code -rf json} writes), so JMH Visualizer and other
 * JMH tools open it: one object per point, field names and nesting as JMH writes them.
 */
final class JmhJson {

    static final double[] PERCENTILES = {0.0, 50.0, 90.0, 95.0, 99.0, 99.9, 99.99, 99.999, 99.9999, 100.0};

    private JmhJson() {}

    static List<Map<String, Object>> of(Run run, List<Run.Measurement> measurements) {
        var byPoint = RunArchive.byPointAndFork(measurements);
        JsonNode env = run.environment();
        List<Map<String, Object>> benchmarks = new ArrayList<>();
        for (Run.RunResult result : run.results()) {
            var forks = byPoint.getOrDefault(RunArchive.pointKey(result.benchmark(), result.params()), Map.of());
            var raw = forks.values().stream()
                    .map(scores -> scores.stream().map(Run.Measurement::score).toList())
                    .toList();
            Map<String, Object> benchmark = new LinkedHashMap<>();
            benchmark.put("jmhVersion", text(env, "jmhVersion"));
            benchmark.put("benchmark", result.benchmark());
            benchmark.put("mode", result.mode() != null ? result.mode() : modeOf(result.unit()));
            benchmark.put("threads", result.threads() != null ? result.threads() : 1);
            benchmark.put("forks", run.options().forks());
            benchmark.put("jvm", text(env, "jvm"));
            benchmark.put(
                    "jvmArgs",
                    env == null
                            ? List.of()
                            : env.path("jvmArgs")
                                    .valueStream()
                                    .map(JsonNode::asString)
                                    .toList());
            benchmark.put("jdkVersion", text(env, "jdkVersion"));
            benchmark.put("vmName", text(env, "vmName"));
            benchmark.put("vmVersion", text(env, "vmVersion"));
            benchmark.put("warmupIterations", run.options().warmupIterations());
            benchmark.put("warmupTime", run.options().iterationMillis() + " ms");
            benchmark.put("warmupBatchSize", 1);
            benchmark.put("measurementIterations", run.options().measurementIterations());
            benchmark.put("measurementTime", run.options().iterationMillis() + " ms");
            benchmark.put("measurementBatchSize", 1);
            benchmark.put("params", result.params());
            benchmark.put("primaryMetric", metric(result.score(), result.scoreError(), result.unit(), raw));
            benchmark.put("secondaryMetrics", secondary(result, forks));
            benchmarks.add(benchmark);
        }
        return benchmarks;
    }

    /** JMH's metric object; {@code rawData} holds one list of iteration scores per fork. */
    private static Map<String, Object> metric(double score, Double error, String unit, List<List<Double>> raw) {
        List<Double> all = raw.stream().flatMap(List::stream).toList();
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("score", score);
        metric.put("scoreError", error == null ? "NaN" : error);
        metric.put("scoreConfidence", error == null ? List.of("NaN", "NaN") : List.of(score - error, score + error));
        Map<String, Object> percentiles = new LinkedHashMap<>();
        for (double percent : PERCENTILES) {
            percentiles.put(
                    Double.toString(percent), all.isEmpty() ? score : SampleStatistics.percentile(all, percent));
        }
        metric.put("scorePercentiles", percentiles);
        metric.put("scoreUnit", unit);
        metric.put("rawData", raw);
        return metric;
    }

    private static Map<String, Object> secondary(Run.RunResult result, Map<Integer, List<Run.Measurement>> forks) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        if (result.secondary() == null) {
            return metrics;
        }
        result.secondary().properties().forEach(entry -> {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            var raw = forks.values().stream()
                    .map(scores -> scores.stream()
                            .map(m -> m.secondary().get(name))
                            .filter(java.util.Objects::nonNull)
                            .toList())
                    .toList();
            Double error = value.path("scoreError").isNumber()
                    ? value.get("scoreError").asDouble()
                    : null;
            metrics.put(
                    name,
                    metric(
                            value.path("score").asDouble(),
                            error,
                            value.path("scoreUnit").asString(""),
                            raw));
        });
        return metrics;
    }

    /** Runs recorded before the harness reported the mode: time per op is avgt, ops per time thrpt. */
    static String modeOf(String unit) {
        return unit != null && unit.startsWith("ops/") ? "thrpt" : "avgt";
    }

    private static String text(JsonNode env, String field) {
        return env == null || !env.hasNonNull(field) ? null : env.get(field).asString();
    }
}
