package dev.perflab.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One experiment, as its folder's {@code experiment.yaml} defines it. The id is permanent: stored
 * runs and shared links point at it.
 *
 * @param benchmark the JMH benchmark class the experiment runs
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
        List<ChartDefinition> charts,
        Map<String, String> book,
        Map<String, RunProfile> profiles,
        String readme) {

    public Optional<ParamDefinition> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<JvmOption> jvmOption(String id) {
        return jvmOptions.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** An allowed JVM option: users pick its id; only the definition's args reach a command line. */
    public record JvmOption(String id, String label, List<String> args) {}

    /** A result chart the run page draws: {@code kind} picks the chart, {@code x} and {@code series} name params. */
    public record ChartDefinition(String kind, String x, String series) {}

    /** Iteration settings of a named profile, and the param values it changes (e.g. a smaller size). */
    public record RunProfile(
            int forks,
            int warmupIterations,
            int measurementIterations,
            long iterationMillis,
            Map<String, List<String>> params) {}
}
