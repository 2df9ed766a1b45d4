package dev.perflab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perflab.catalog.TestExperiments;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunRequestCheckTest {

    private final RunRequestCheck check = new RunRequestCheck(TestExperiments.catalog(), Duration.ofMinutes(10));

    @Test
    void fillsTheGridFromDefaultsAndTheProfile() {
        var run = check.check(request(Map.of(), Map.of("profile", "smoke")));
        assertThat(run.params())
                .containsExactly(
                        Map.entry("workers", List.of("1", "2")),
                        Map.entry("samples", List.of("5000")),
                        Map.entry("variant", List.of("a", "b")));
        assertThat(run.options().measurementIterations()).isEqualTo(2);
        assertThat(run.plan().points()).isEqualTo(4);
        assertThat(run.plan().totalIterations()).isEqualTo(12);
    }

    @Test
    void acceptsListsNumbersAndCommaSeparatedText() {
        var run = check.check(
                request(Map.of("workers", List.of(4, "1", 2.0), "samples", 20000000, "variant", "b, a"), Map.of()));
        assertThat(run.params().get("workers")).containsExactly("4", "1", "2");
        assertThat(run.params().get("samples")).containsExactly("20000000");
        assertThat(run.params().get("variant")).containsExactly("b", "a");
    }

    @Test
    void userValuesWinOverTheProfile() {
        var run = check.check(request(Map.of("samples", "7000"), Map.of("profile", "smoke", "forks", "2")));
        assertThat(run.params().get("samples")).containsExactly("7000");
        assertThat(run.options().forks()).isEqualTo(2);
    }

    @Test
    void predictsTheFlightRecordingsCostInEveryFork() {
        var plain = check.check(request(Map.of(), Map.of("profile", "smoke", "forks", "2")));
        var profiled = check.check(request(Map.of(), Map.of("profile", "smoke", "forks", "2", "profiler", "jfr")));
        assertThat(profiled.options().profiler()).isEqualTo("jfr");
        assertThat(profiled.plan().predictedMillis() - plain.plan().predictedMillis())
                .isEqualTo(4 * 2 * RunPlan.JFR_PER_FORK.toMillis());
    }

    @Test
    void rejectsAnUnknownProfiler() {
        assertThat(errors(request(Map.of(), Map.of("profiler", "async"))))
                .containsExactly(new FieldError("options.profiler", "must be one of none, gc, jfr"));
    }

    @Test
    void rejectsAnUnknownExperiment() {
        assertThat(errors(new RunRequest("ch09.nope", Map.of(), Map.of())))
                .containsExactly(new FieldError("experiment", "unknown experiment 'ch09.nope'"));
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        var errors = errors(request(
                Map.of("workers", "0,x", "variant", "c", "colour", "red"),
                Map.of("forks", "99", "jvmOptions", List.of("xint"), "profiler", "async", "turbo", true)));
        assertThat(errors)
                .extracting(FieldError::field)
                .contains(
                        "params.workers",
                        "params.variant",
                        "params.colour",
                        "options.forks",
                        "options.jvmOptions",
                        "options.profiler",
                        "options.turbo");
        assertThat(errors).filteredOn(e -> e.field().equals("params.workers")).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "NaN", "1e400", "2.5", "$(reboot)", "1;2", "99999999999999999999"})
    void rejectsHostileWorkerValues(String workers) {
        assertThat(errors(request(Map.of("workers", workers), Map.of())))
                .extracting(FieldError::field)
                .contains("params.workers");
    }

    @Test
    void rejectsAnUnknownProfile() {
        assertThat(errors(request(Map.of(), Map.of("profile", "turbo"))))
                .containsExactly(new FieldError("options.profile", "must be smoke or standard"));
    }

    @Test
    void refusesARunPredictedToExceedTheLimit() {
        var errors = errors(request(
                Map.of("workers", "1,2,3,4,5,6,7,8,9,10,11,12"),
                Map.of("measurementIterations", "100", "iterationMillis", "1000")));
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("options");
            assertThat(error.message()).contains("over the lab's limit");
        });
    }

    @Test
    void rejectsMoreValuesThanAChartCanShow() {
        assertThat(errors(request(Map.of("workers", "1,2,3,4,5,6,7,8,9,10,11,12,13"), Map.of())))
                .containsExactly(new FieldError("params.workers", "takes at most 12 values"));
    }

    @Test
    void resolvesOnlyAllowlistedJvmOptions() {
        var run = check.check(request(Map.of(), Map.of("profile", "smoke", "jvmOptions", "c1-only")));
        assertThat(run.options().jvmOptions()).containsExactly("c1-only");
    }

    /** A JVM runs one collector: with two it would refuse to start, after the run was queued. */
    @Test
    void refusesTwoJvmOptionsThatEachChooseAGarbageCollector() {
        assertThat(errors(request(Map.of(), Map.of("jvmOptions", List.of("serial-gc", "c1-only", "parallel-gc")))))
                .containsExactly(new FieldError(
                        "options.jvmOptions",
                        "'serial-gc' and 'parallel-gc' each choose a garbage collector, and a JVM runs only one: pick"
                                + " one of them"));
        var run = check.check(request(Map.of(), Map.of("jvmOptions", List.of("serial-gc", "pretouch-no-coops"))));
        assertThat(run.options().jvmOptions()).containsExactly("serial-gc", "pretouch-no-coops");
    }

    @Test
    void namesEveryKeyARunRequestDoesNotHave() {
        var errors = errors(new RunRequest(
                TestExperiments.ID,
                Map.of("workers", "x"),
                Map.of(),
                Map.of("option", Map.of("forks", 2), "turbo", 1)));
        assertThat(errors).extracting(FieldError::field).contains("option", "turbo", "params.workers");
    }

    @Test
    void asksForAnExperimentWhenNoneIsGiven() {
        assertThat(errors(new RunRequest(null, Map.of(), Map.of())))
                .containsExactly(new FieldError("experiment", "needs the id of an experiment"));
    }

    @Test
    void refusesAJvmOptionListLongerThanTheAllowlistWithOneError() {
        var ids = java.util.stream.IntStream.range(0, 10_000)
                .mapToObj(i -> "x" + i)
                .toList();
        assertThat(errors(request(Map.of(), Map.of("jvmOptions", ids))))
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo("options.jvmOptions");
                    assertThat(error.message()).startsWith("lists 10000 options, more than the 4 allowed here");
                });
    }

    @Test
    void saysAnExperimentWithoutJvmOptionsTakesNone() {
        var noOptions = new RunRequestCheck(TestExperiments.catalogWithoutJvmOptions(), Duration.ofMinutes(10));
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                RunRejectedException.class, () -> noOptions.check(request(Map.of(), Map.of("jvmOptions", "c1-only"))));
        assertThat(thrown.errors())
                .containsExactly(new FieldError("options.jvmOptions", "this experiment takes no JVM options"));
    }

    private static RunRequest request(Map<String, Object> params, Map<String, Object> options) {
        return new RunRequest(TestExperiments.ID, params, options);
    }

    private List<FieldError> errors(RunRequest request) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                RunRejectedException.class, () -> check.check(request));
        assertThat(thrown).as("the request is rejected").isNotNull();
        return thrown.errors();
    }

    @Test
    void aRejectedRequestSaysWhy() {
        assertThatThrownBy(() -> check.check(request(Map.of("workers", "x"), Map.of())))
                .isInstanceOf(RunRejectedException.class)
                .hasMessageContaining("params.workers");
    }
}
