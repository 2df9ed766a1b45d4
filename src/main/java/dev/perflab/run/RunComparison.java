package dev.perflab.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Runs side by side, point by point, against the first run: the ratio of scores with a 99.9 %
 * interval (delta method on the iteration samples), and Welch's test of whether the means differ.
 */
public record RunComparison(List<Run> runs, List<Point> points, List<String> environmentDifferences) {

    public static final double CONFIDENCE = 0.999;

    /** What the samples say about one run against the baseline at one point. */
    public enum Significance {
        BASELINE,
        SIGNIFICANT,
        NOT_SIGNIFICANT,
        TOO_FEW_SAMPLES,
        /** The baseline did not measure this point: there is nothing to compare with. */
        NO_BASELINE
    }

    /** One point of the params grid and every run that measured it; the first entry is the baseline when present. */
    public record Point(String benchmark, Map<String, String> params, String unit, List<Entry> entries) {}

    /** {@code ratio} is this run's score ÷ the baseline's; null where the baseline lacks the point. */
    public record Entry(
            String runId,
            double score,
            Double scoreError,
            int samples,
            Double ratio,
            Double ratioLow,
            Double ratioHigh,
            Double p,
            Significance significance) {}

    static final List<String> ENVIRONMENT_FIELDS =
            List.of("jdkVendor", "jdkVersion", "vmName", "jvmArgs", "gc", "cpuModel", "cores", "memoryBytes", "os");

    public static RunComparison of(List<Run> runs, Map<String, List<Run.Measurement>> measurements) {
        Map<String, Point> points = new LinkedHashMap<>();
        Run baseline = runs.getFirst();
        for (Run run : runs) {
            for (Run.RunResult result : run.results()) {
                String key = RunArchive.pointKey(result.benchmark(), result.params());
                points.computeIfAbsent(
                        key, k -> new Point(result.benchmark(), result.params(), result.unit(), new ArrayList<>()));
            }
        }
        for (var point : points.values()) {
            var base = sample(baseline, point, measurements);
            for (Run run : runs) {
                var other = sample(run, point, measurements);
                if (other != null) {
                    point.entries().add(entry(run, base, other, run == baseline));
                }
            }
        }
        return new RunComparison(runs, List.copyOf(points.values()), environmentDifferences(runs));
    }

    /** A run's result at a point with its measurement samples, or null if the run lacks the point. */
    private record Sample(Run.RunResult result, List<Double> scores) {}

    private static Sample sample(Run run, Point point, Map<String, List<Run.Measurement>> measurements) {
        String key = RunArchive.pointKey(point.benchmark(), point.params());
        return run.results().stream()
                .filter(result ->
                        RunArchive.pointKey(result.benchmark(), result.params()).equals(key))
                .findFirst()
                .map(result -> new Sample(
                        result,
                        measurements.getOrDefault(run.id(), List.of()).stream()
                                .filter(m -> RunArchive.pointKey(m.benchmark(), m.params())
                                        .equals(key))
                                .map(Run.Measurement::score)
                                .toList()))
                .orElse(null);
    }

    private static Entry entry(Run run, Sample base, Sample other, boolean isBaseline) {
        var result = other.result();
        int n = other.scores().size();
        if (isBaseline || base == null) {
            var significance = isBaseline ? Significance.BASELINE : Significance.NO_BASELINE;
            return new Entry(run.id(), result.score(), result.scoreError(), n, null, null, null, null, significance);
        }
        double ratio = result.score() / base.result().score();
        var welch = SampleStatistics.welch(base.scores(), other.scores());
        if (welch == null) {
            return new Entry(
                    run.id(),
                    result.score(),
                    result.scoreError(),
                    n,
                    ratio,
                    null,
                    null,
                    null,
                    Significance.TOO_FEW_SAMPLES);
        }
        double relative = Math.sqrt(relativeVariance(base.scores()) + relativeVariance(other.scores()));
        double half = SampleStatistics.tQuantile(CONFIDENCE, welch.df()) * ratio * relative;
        var significance = welch.p() < 1 - CONFIDENCE ? Significance.SIGNIFICANT : Significance.NOT_SIGNIFICANT;
        return new Entry(
                run.id(),
                result.score(),
                result.scoreError(),
                n,
                ratio,
                Math.max(0, ratio - half),
                ratio + half,
                welch.p(),
                significance);
    }

    /** The squared standard error of the mean, relative to the mean. */
    private static double relativeVariance(List<Double> scores) {
        double mean = SampleStatistics.mean(scores);
        return SampleStatistics.variance(scores) / scores.size() / (mean * mean);
    }

    private static List<String> environmentDifferences(List<Run> runs) {
        List<String> differences = new ArrayList<>();
        JsonNode first = runs.getFirst().environment();
        for (String field : ENVIRONMENT_FIELDS) {
            var values = runs.stream()
                    .map(run ->
                            run.environment() == null ? null : run.environment().get(field))
                    .map(node -> node == null ? "unknown" : node.isString() ? node.asString() : node.toString())
                    .distinct()
                    .toList();
            if (first != null && values.size() > 1) {
                differences.add(field + ": " + String.join(" vs ", values));
            }
        }
        var versions = runs.stream().map(Run::labVersion).distinct().toList();
        if (versions.size() > 1) {
            differences.add("labVersion: " + String.join(" vs ", versions));
        }
        var experiments = runs.stream().map(Run::experiment).distinct().toList();
        if (experiments.size() > 1) {
            differences.add("experiment: " + String.join(" vs ", experiments));
        }
        return differences.stream().filter(Objects::nonNull).toList();
    }
}
