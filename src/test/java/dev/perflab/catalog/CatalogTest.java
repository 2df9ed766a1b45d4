package dev.perflab.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real catalog, as the server carries it, and the checks every definition must pass. */
class CatalogTest {

    private static final String VALID = """
            id: ch09.example
            chapter: 9
            title: Example
            question: Does it work?
            lesson: It does.
            benchmark: x.Example
            params:
              - name: workers
                type: int
                default: [1, 2]
                min: 1
                max: 8
              - name: variant
                type: choice
                default: a
                choices: [{value: a, label: A}, {value: b, label: B}]
            jvmOptions:
              - id: xint
                label: Interpreter only
                args: ["-Xint"]
            charts:
              - kind: worker-count
                x: workers
                series: variant
            profiles:
              smoke: {forks: 1, warmupIterations: 0, measurementIterations: 1, iterationMillis: 10}
              standard: {forks: 1, warmupIterations: 1, measurementIterations: 3, iterationMillis: 100}
            """;

    @Test
    void everyRealDefinitionIsValidAndItsBenchmarkIsInTheJar(@TempDir Path dir) {
        // Catalog.load throws listing every problem of every definition.
        var catalog = Catalog.load(BenchmarksJar.extractTo(dir).path());
        assertThat(catalog.all()).isNotEmpty();
        assertThat(catalog.all()).allSatisfy(definition -> {
            assertThat(definition.profiles()).containsKeys("smoke", "standard");
            assertThat(definition.readme()).as(definition.id() + " README").isNotBlank();
        });
    }

    @Test
    void listsExperimentsByChapter(@TempDir Path dir) {
        var chapters = Catalog.load(BenchmarksJar.extractTo(dir).path()).all().stream()
                .map(ExperimentDefinition::chapter)
                .toList();
        assertThat(chapters).isSorted();
    }

    /** Code several experiments share sits in a chapter folder of its own, with no definition. */
    @Test
    void listsOnlyFoldersWithADefinition(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("benchmarks.jar");
        try (OutputStream out = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "experiments/ch09_example/example/experiment.yaml", VALID);
            entry(zip, "experiments/ch09_example/example/README.md", "# Example");
            entry(zip, "experiments/ch09_example/shared/README.md", "# Code the examples share");
            entry(zip, "x/shared/Kernel.class", "");
        }
        assertThat(DefinitionSource.read(jar).definitions())
                .extracting(ExperimentDefinition::id, ExperimentDefinition::readme)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ch09.example", "# Example"));
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void acceptsAValidDefinition() {
        assertThat(problems(VALID)).isEmpty();
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String broken = VALID.replace("id: ch09.example", "id: ch07.example")
                .replace("max: 8", "max: 0")
                .replace("default: a", "default: c")
                .replace("args: [\"-Xint\"]", "args: [\"-Xint; rm -rf /\"]")
                .replace("series: variant", "series: colour")
                .replace(
                        "  smoke: {forks: 1, warmupIterations: 0, measurementIterations: 1, iterationMillis: 10}\n",
                        "");
        assertThat(problems(broken))
                .anyMatch(p -> p.contains("chapter"))
                .anyMatch(p -> p.contains("min above max"))
                .anyMatch(p -> p.contains("default of variant 'c'"))
                .anyMatch(p -> p.contains("disallowed arg"))
                .anyMatch(p -> p.contains("unknown param colour"))
                .anyMatch(p -> p.contains("profile smoke is missing"))
                .hasSizeGreaterThanOrEqualTo(6);
    }

    /** VALID with a serial-fraction param, a chart drawing its prediction and an amdahl rule. */
    private static final String AMDAHL = VALID.replace("""
              - name: variant
            """, """
              - name: serial
                type: double
                default: [0, 0.5]
                min: 0
                max: 1
              - name: percent
                type: int
                default: 10
                min: 0
                max: 100
              - name: variant
            """).replace("""
                series: variant
            """, """
                series: serial
                amdahlParam: serial
            verdict:
              - rule: amdahl
                x: workers
                param: serial
                text: "{speedup}× against {predicted}×"
                beyondCores: "{cores} cores"
            """);

    @Test
    void acceptsAWorkerCountChartAndVerdictReadingASerialFraction() {
        assertThat(AMDAHL).contains("amdahlParam: serial").contains("rule: amdahl");
        assertThat(problems(AMDAHL)).isEmpty();
    }

    @Test
    void rejectsASerialFractionParamThatIsNoFraction() {
        assertThat(problems(AMDAHL.replace("amdahlParam: serial", "amdahlParam: percent")))
                .containsExactly(
                        "ch09.example: chart worker-count amdahlParam: percent must have min and max within 0 and 1: it is a fraction, not a percentage");
        assertThat(problems(AMDAHL.replace("param: serial", "param: variant")))
                .containsExactly(
                        "ch09.example: verdict rule amdahl param: variant must be a number, the serial fraction from 0 to 1");
        assertThat(problems(AMDAHL.replace("amdahlParam: serial", "amdahlParam: workers")))
                .anyMatch(p -> p.contains("the serial fraction cannot be the worker count"));
        assertThat(problems(AMDAHL.replace("amdahlParam: serial", "amdahlParam: share")))
                .containsExactly("ch09.example: chart worker-count names unknown param share");
    }

    @Test
    void rejectsAmdahlFieldsWhereNothingReadsThem() {
        assertThat(problems(AMDAHL.replace("kind: worker-count", "kind: chunk-size")))
                .containsExactly(
                        "ch09.example: chart chunk-size has amdahlParam, which only a worker-count chart draws");
        assertThat(problems(AMDAHL.replace("rule: amdahl", "rule: scaling")))
                .containsExactly("ch09.example: verdict rule scaling has beyondCores, which only the amdahl rule says");
        assertThat(problems(AMDAHL.replace("    param: serial\n", "")))
                .containsExactly(
                        "ch09.example: verdict rule amdahl needs param, the param holding the serial fraction");
    }

    @Test
    void checksTheParamsAndValuesARuleKeepsWithWhere() {
        String rules = VALID + """
                verdict:
                  - rule: growth
                    x: workers
                    where: {variant: b}
                    text: "{series} grew as {x}^{exponent}"
                  - rule: growth
                    where: {colour: red, variant: c}
                    text: "{exponent}"
                """;
        assertThat(problems(rules))
                .containsExactlyInAnyOrder(
                        "ch09.example: verdict rule growth where names unknown param colour",
                        "ch09.example: verdict rule growth where variant 'c' must be one of a, b",
                        "ch09.example: verdict rule growth needs x");
    }

    @Test
    void aRuleMayNameOnlyAllowedJvmOptions() {
        String rules = VALID + """
                verdict:
                  - rule: scaling
                    x: workers
                    jvmOptions: [xint]
                    text: "{speedup} interpreted"
                  - rule: scaling
                    x: workers
                    jvmOptions: []
                    text: "{speedup} compiled"
                  - rule: scaling
                    x: workers
                    jvmOptions: [xint, no-jit]
                    text: "{speedup}"
                """;
        assertThat(problems(rules))
                .containsExactly(
                        "ch09.example: verdict rule scaling names JVM option no-jit, not one the experiment allows");
    }

    /** Arguments every fork gets pass the same allowlist as the options a user picks. */
    @Test
    void checksTheJvmArgsEveryForkGetsAgainstTheAllowlist() {
        String always = VALID.replace("charts:\n", "jvmArgs: [\"--add-modules=jdk.incubator.vector\"]\ncharts:\n");
        assertThat(problems(always)).isEmpty();
        assertThat(DefinitionSource.parse(always, "readme").jvmArgs())
                .containsExactly("--add-modules=jdk.incubator.vector");
        assertThat(DefinitionSource.parse(VALID, "readme").jvmArgs()).isEmpty();
        assertThat(problems(always.replace(
                        "\"--add-modules=jdk.incubator.vector\"",
                        "\"--add-opens=java.base/java.lang=ALL-UNNAMED\", \"-javaagent:/tmp/a.jar\"")))
                .containsExactly(
                        "ch09.example: jvmArgs has a disallowed arg: --add-opens=java.base/java.lang=ALL-UNNAMED",
                        "ch09.example: jvmArgs has a disallowed arg: -javaagent:/tmp/a.jar");
    }

    /** A choice may carry JVM arguments for its forks: allowlisted, and on one param only. */
    @Test
    void checksTheJvmArgsOfChoicesAgainstTheAllowlistAndAllowsThemOnOneParam() {
        String tiers = VALID.replace(
                "choices: [{value: a, label: A}, {value: b, label: B}]",
                "choices: [{value: a, label: A, jvmArgs: [\"-XX:-TieredCompilation\"]}, {value: b, label: B}]");
        assertThat(problems(tiers)).isEmpty();
        assertThat(DefinitionSource.parse(tiers, "readme")
                        .param("variant")
                        .orElseThrow()
                        .choiceJvmArgs())
                .containsExactly(java.util.Map.entry("a", List.of("-XX:-TieredCompilation")));
        assertThat(DefinitionSource.parse(VALID, "readme")
                        .param("variant")
                        .orElseThrow()
                        .choiceJvmArgs())
                .isEmpty();
        assertThat(problems(tiers.replace("\"-XX:-TieredCompilation\"", "\"-javaagent:/tmp/a.jar\"")))
                .containsExactly(
                        "ch09.example: choice a of param variant has a disallowed jvmArgs arg: -javaagent:/tmp/a.jar");
        String twoParams = tiers.replace(
                "  - name: variant",
                "  - name: mode\n    type: choice\n    default: x\n"
                        + "    choices: [{value: x, label: X, jvmArgs: [\"-Xint\"]}]\n  - name: variant");
        assertThat(problems(twoParams))
                .containsExactly("ch09.example: only one param's choices may have jvmArgs, not [mode, variant]");
    }

    @Test
    void acceptsAWarmupChartAlongASeriesAndRefusesOneWithout() {
        assertThat(problems(VALID.replace("  - kind: worker-count\n    x: workers\n", "  - kind: warmup\n")))
                .isEmpty();
        assertThat(problems(VALID.replace(
                        "  - kind: worker-count\n    x: workers\n    series: variant\n", "  - kind: warmup\n")))
                .containsExactly("ch09.example: chart warmup needs series, the param its lines stand for");
    }

    @Test
    void acceptsAnEachRuleOnAMetricAndRejectsAnUnknownRule() {
        String each = VALID + """
                verdict:
                  - rule: each
                    metric: gc.alloc.rate.norm
                    text: "{point}: {value}, nothing allocated"
                    below: 1
                    otherwise: "{point}: {value}"
                """;
        assertThat(problems(each)).isEmpty();
        assertThat(problems(each.replace("rule: each", "rule: every")))
                .containsExactly("ch09.example: verdict rule 'every' is not one of " + DefinitionCheck.VERDICT_RULES);
        assertThat(problems(each.replace("    otherwise: \"{point}: {value}\"\n", "")))
                .containsExactly("ch09.example: verdict rule each has an expectation but no otherwise text");
    }

    @Test
    void acceptsAMetricSweepWithItsMetricAndRefusesOneWithout() {
        String sweep = VALID.replace("""
                  - kind: worker-count
                    x: workers
                    series: variant
                """, """
                  - kind: metric-sweep
                    x: workers
                    series: variant
                    metric: appends
                """);
        assertThat(problems(sweep)).isEmpty();
        assertThat(problems(sweep.replace("    metric: appends\n", "")))
                .containsExactly("ch09.example: chart metric-sweep needs metric, the secondary result it draws");
        assertThat(problems(sweep.replace("    x: workers\n", "")))
                .containsExactly("ch09.example: chart metric-sweep needs x, the param along its x axis");
    }

    private static final String SIZES = """
            charts:
              - kind: size-sweep
                x: workers
                series: variant
                xBytes: 1024
                markCaches: true
            verdict:
              - rule: cache-levels
                x: workers
                series: variant
                xBytes: 1024
                where: {variant: a}
                text: "{levels}"
                above: 1.5
                otherwise: "no steps: {step}"
            profiles:""";

    @Test
    void acceptsSizesMarkedCachesAndACacheLevelsRule() {
        String sized = VALID.replace(VALID.substring(VALID.indexOf("charts:"), VALID.indexOf("profiles:") + 9), SIZES);
        assertThat(problems(sized)).isEmpty();
        var definition = DefinitionSource.parse(sized, "readme");
        assertThat(definition.charts().getFirst().xBytes()).isEqualTo(1024.0);
        assertThat(definition.charts().getFirst().markCaches()).isTrue();
        String squares = sized.replace("kind: size-sweep", "kind: metric-sweep\n    metric: cellUpdates")
                .replace("xBytes: 1024\n    markCaches", "xBytes: 16\n    xPower: 2\n    markCaches");
        assertThat(problems(squares)).isEmpty();
        assertThat(DefinitionSource.parse(squares, "readme").charts().getFirst().xPower())
                .isEqualTo(2.0);
        assertThat(definition.verdict().getFirst().where()).containsEntry("variant", "a");
    }

    @Test
    void rejectsSizesWhereNothingReadsThemAndWhereNamingWhatIsNotThere() {
        String sized = VALID.replace(VALID.substring(VALID.indexOf("charts:"), VALID.indexOf("profiles:") + 9), SIZES);
        assertThat(problems(sized.replace("xBytes: 1024\n    markCaches", "xBytes: 0\n    markCaches")))
                .containsExactly("ch09.example: chart size-sweep xBytes must be above 0, not 0.0");
        assertThat(problems(sized.replace("kind: size-sweep", "kind: worker-count")))
                .containsExactly(
                        "ch09.example: chart worker-count cannot have xBytes, xPower or markCaches: only size-sweep and"
                                + " metric-sweep draw sizes");
        assertThat(problems(sized.replace("xBytes: 1024\n    markCaches", "xBytes: 16\n    xPower: 0\n    markCaches")))
                .containsExactly("ch09.example: chart size-sweep xPower must be above 0, not 0.0");
        assertThat(problems(sized.replace("where: {variant: a}", "where: {variant: c, colour: red}")))
                .containsExactlyInAnyOrder(
                        "ch09.example: verdict rule cache-levels where variant 'c' must be one of a, b",
                        "ch09.example: verdict rule cache-levels where names unknown param colour");
        assertThat(problems(sized.replace("rule: cache-levels\n    x: workers\n", "rule: cache-levels\n")))
                .containsExactly("ch09.example: verdict rule cache-levels needs x");
        assertThat(problems(sized.replace("rule: cache-levels", "rule: best")))
                .containsExactly("ch09.example: verdict rule best cannot have xBytes: only cache-levels reads sizes");
    }

    @Test
    void rejectsABenchmarkJmhDoesNotList() {
        var definition = DefinitionSource.parse(VALID, "readme");
        assertThat(DefinitionCheck.problems(List.of(definition), Set.of("x.Other")))
                .containsExactly("ch09.example: benchmark x.Example is not in the jar's JMH benchmark list");
    }

    @Test
    void rejectsTheSameIdTwice() {
        var definition = DefinitionSource.parse(VALID, "readme");
        assertThat(DefinitionCheck.problems(List.of(definition, definition), Set.of("x.Example")))
                .containsExactly("ch09.example: id is used twice");
    }

    private static List<String> problems(String yaml) {
        return DefinitionCheck.problems(List.of(DefinitionSource.parse(yaml, "readme")), Set.of("x.Example"));
    }
}
