package dev.perflab.protocol;

import java.util.List;
import java.util.Map;

/**
 * What the server asks the harness to run, sent as one JSON document on the harness's stdin so that
 * nothing from a request ever becomes a command-line argument. Every value here was validated
 * against the experiment's definition by the server; {@code jvmArgs} are resolved from its
 * allowlist, never typed by a user.
 *
 * @param benchmark the fully qualified benchmark class; all its {@code @Benchmark} methods run
 * @param params JMH {@code @Param} values to sweep, by name, as JMH strings
 * @param jvmArgs the complete argument list of each measuring JVM
 * @param profilers JMH profilers to attach, by lab name ({@code gc})
 * @param choiceJvmArgs for the one param whose values are ways of running the JVM (a compiler
 *     tier), the arguments each value's forks get after {@code jvmArgs}, by param and value; JMH
 *     gives all forks of one run the same arguments, so the harness runs JMH once per such value
 */
public record RunSpec(
        String benchmark,
        Map<String, List<String>> params,
        int forks,
        int warmupIterations,
        int measurementIterations,
        long iterationMillis,
        List<String> jvmArgs,
        List<String> profilers,
        Map<String, Map<String, List<String>>> choiceJvmArgs) {

    public RunSpec {
        choiceJvmArgs = choiceJvmArgs == null ? Map.of() : Map.copyOf(choiceJvmArgs);
    }

    /** A spec whose forks all get the same arguments. */
    public RunSpec(
            String benchmark,
            Map<String, List<String>> params,
            int forks,
            int warmupIterations,
            int measurementIterations,
            long iterationMillis,
            List<String> jvmArgs,
            List<String> profilers) {
        this(
                benchmark,
                params,
                forks,
                warmupIterations,
                measurementIterations,
                iterationMillis,
                jvmArgs,
                profilers,
                Map.of());
    }
}
