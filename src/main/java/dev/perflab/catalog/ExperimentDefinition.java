package dev.perflab.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One experiment, as its folder's {@code experiment.yaml} defines it. The id is permanent: stored
 * runs and shared links point at it.
 *
 * @param benchmark the JMH benchmark class the experiment runs
 * @param jvmArgs JVM arguments every fork of this experiment gets, whatever the user picks (a
 *     module the benchmark cannot run without, such as {@code --add-modules=jdk.incubator.vector});
 *     checked against the same allowlist pattern as the args of {@code jvmOptions}
 * @param book the book's figure for this experiment, where it has one
 * @param profiles run settings by name; {@code smoke} and {@code standard} always exist
 * @param readme the folder's README.md (Markdown)
 */
public record ExperimentDefinition(
        String id,
        int chapter,
        String title,
        String question,
        String lesson,
        String variantsIntro,
        String benchmark,
        List<ParamDefinition> params,
        List<JvmOption> jvmOptions,
        List<String> jvmArgs,
        List<ChartDefinition> charts,
        Map<String, String> book,
        Map<String, RunProfile> profiles,
        List<VerdictRule> verdict,
        String readme) {

    public ExperimentDefinition {
        verdict = verdict == null ? List.of() : List.copyOf(verdict);
        jvmArgs = jvmArgs == null ? List.of() : List.copyOf(jvmArgs);
    }

    public Optional<ParamDefinition> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<JvmOption> jvmOption(String id) {
        return jvmOptions.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** An allowed JVM option: users pick its id; only the definition's args reach a command line. */
    public record JvmOption(String id, String label, List<String> args) {}

    /**
     * A result chart the run page draws: {@code kind} picks the chart, {@code x} and {@code series}
     * name params; {@code metric} names a secondary result (as JMH names it) to plot instead of the
     * score, {@code unit} labels it and {@code perParam} names a param to divide it by (bytes per
     * element from bytes per structure). {@code amdahlParam} (worker-count only) names the param
     * holding each series' serial fraction, from 0 to 1, whose Amdahl prediction the chart draws.
     * A {@code size-sweep} or {@code metric-sweep} may say {@code xBytes}, the bytes in one unit of
     * x (1024 when x is in KiB), to label its axis as sizes, and {@code markCaches} to mark the run
     * machine's data caches on it; {@code xPower} says the working set grows as x to that power
     * ({@code xBytes} × x^xPower bytes; 2 when x is the side of a square grid).
     */
    public record ChartDefinition(
            String kind,
            String x,
            String series,
            String metric,
            String unit,
            String perParam,
            String amdahlParam,
            Double xBytes,
            Boolean markCaches,
            Double xPower) {}

    /**
     * How the run page puts the results in words. {@code rule} is {@code scaling} (speedup from the
     * fewest to the most {@code x}, per series), {@code compare} ({@code other} against
     * {@code baseline}, two values of {@code param}, on the score or {@code metric}) or {@code best}
     * (the best {@code x}, and what the smallest and largest cost), {@code amdahl} (the speedup
     * at the most {@code x} against Amdahl's prediction for the serial fraction in {@code param};
     * {@code beyondCores} is said once when {@code x} exceeds the machine's cores) or
     * {@code growth} (the exponent k in cost ∝ x^k, fitted on log–log axes over all {@code x}, per
     * series) or {@code cache-levels} (the cost in each level of the memory hierarchy along a
     * working-set size {@code x} of {@code xBytes} bytes a unit, and the steps between levels).
     * {@code where} keeps only the points with those param values; {@code jvmOptions} (ids of
     * allowed options, possibly none) makes the rule speak only for runs made with exactly those
     * options. {@code text} has placeholders filled from the results; when the rule's figure
     * is not {@code above} / {@code below} the expectation, {@code otherwise} is said instead.
     */
    public record VerdictRule(
            String rule,
            String x,
            String series,
            String param,
            String baseline,
            String other,
            String metric,
            String text,
            Double above,
            Double below,
            String otherwise,
            String beyondCores,
            Double xBytes,
            Map<String, String> where,
            List<String> jvmOptions) {}

    /** The profilers a run may attach: JMH's GC profiler, or the lab's flight-recording profile. */
    public static final List<String> PROFILERS = List.of("none", "gc", "jfr");

    /** Iteration settings of a named profile, and the param values it changes (e.g. a smaller size). */
    public record RunProfile(
            int forks,
            int warmupIterations,
            int measurementIterations,
            long iterationMillis,
            String profiler,
            Map<String, List<String>> params) {}
}
