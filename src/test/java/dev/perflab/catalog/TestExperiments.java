package dev.perflab.catalog;

import java.util.Arrays;
import java.util.List;

/** A small definition for tests that must not depend on the real experiments. */
public final class TestExperiments {

    public static final String ID = "ch09.test-sweep";

    public static final String YAML = """
            id: ch09.test-sweep
            chapter: 9
            title: Test sweep
            question: Is the input checked?
            lesson: Bad input starts nothing.
            benchmark: x.TestSweep
            params:
              - name: workers
                type: int
                default: [1, 2]
                min: 1
                max: 16
              - name: samples
                type: long
                default: 1000000
                min: 1000
                max: 1000000000
              - name: variant
                type: choice
                default: [a, b]
                choices: [{value: a, label: A}, {value: b, label: B}]
            jvmOptions:
              - id: c1-only
                label: C1 only
                args: ["-XX:TieredStopAtLevel=1"]
              - id: serial-gc
                label: Serial GC
                args: ["-XX:+UseSerialGC"]
              - id: parallel-gc
                label: Parallel GC
                args: ["-XX:+UseParallelGC"]
              - id: pretouch-no-coops
                label: Touch the heap, no compressed oops
                args: ["-XX:+AlwaysPreTouch", "-XX:-UseCompressedOops"]
            charts:
              - kind: worker-count
                x: workers
                series: variant
            profiles:
              smoke: {forks: 1, warmupIterations: 1, measurementIterations: 2, iterationMillis: 100, params: {samples: 5000}}
              standard: {forks: 1, warmupIterations: 2, measurementIterations: 4, iterationMillis: 1000}
            """;

    private TestExperiments() {}

    public static Catalog catalog() {
        return Catalog.of(List.of(DefinitionSource.parse(YAML, "# Test sweep")));
    }

    /** The same experiment with no JVM options allowed. */
    public static Catalog catalogWithoutJvmOptions() {
        return Catalog.of(List.of(
                DefinitionSource.parse(YAML.replaceAll("(?s)jvmOptions:.*?charts:", "charts:"), "# Test sweep")));
    }

    /** The same experiment with a JVM argument every fork gets, whatever options the user picks. */
    public static Catalog catalogWithJvmArgs(String... jvmArgs) {
        String list =
                String.join(", ", Arrays.stream(jvmArgs).map(a -> '"' + a + '"').toList());
        return Catalog.of(List.of(DefinitionSource.parse(
                YAML.replace("charts:\n", "jvmArgs: [" + list + "]\ncharts:\n"), "# Test sweep")));
    }

    /** The same experiment whose variant {@code a} starts its forks with {@code jvmArgs}, as a compiler tier does. */
    public static Catalog catalogWithChoiceJvmArgs(String... jvmArgs) {
        String list =
                String.join(", ", Arrays.stream(jvmArgs).map(a -> '"' + a + '"').toList());
        return Catalog.of(List.of(DefinitionSource.parse(
                YAML.replace("{value: a, label: A}", "{value: a, label: A, jvmArgs: [" + list + "]}"),
                "# Test sweep")));
    }
}
