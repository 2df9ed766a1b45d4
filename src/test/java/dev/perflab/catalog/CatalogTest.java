package dev.perflab.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
        assertThat(definition.verdict().getFirst().where()).containsEntry("variant", "a");
    }

    @Test
    void rejectsSizesWhereNothingReadsThemAndWhereNamingWhatIsNotThere() {
        String sized = VALID.replace(VALID.substring(VALID.indexOf("charts:"), VALID.indexOf("profiles:") + 9), SIZES);
        assertThat(problems(sized.replace("xBytes: 1024\n    markCaches", "xBytes: 0\n    markCaches")))
                .containsExactly("ch09.example: chart size-sweep xBytes must be above 0, not 0.0");
        assertThat(problems(sized.replace("kind: size-sweep", "kind: worker-count")))
                .containsExactly(
                        "ch09.example: chart worker-count cannot have xBytes or markCaches: only size-sweep draws sizes");
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
