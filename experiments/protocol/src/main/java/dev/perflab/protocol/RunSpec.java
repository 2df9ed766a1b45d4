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
 */
public record RunSpec(
        String benchmark,
        Map<String, List<String>> params,
        int forks,
        int warmupIterations,
        int measurementIterations,
        long iterationMillis,
        List<String> jvmArgs,
        List<String> profilers) {}
