package dev.perflab.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perflab.protocol.RunSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForkGroupsTest {

    private static final List<String> HEAP = List.of("-Xms1g", "-Xmx1g");

    @Test
    void aRunWithoutArgumentsPerValueIsOneJmhRun() {
        var spec = new RunSpec("a.B", Map.of("n", List.of("1", "2")), 1, 2, 3, 100, HEAP, List.of("gc"));
        assertThat(ForkGroups.of(spec)).containsExactly(spec);
    }

    @Test
    void runsEachValueWithItsOwnArgumentsAfterTheRunsOwn() {
        var spec = new RunSpec(
                "a.B",
                Map.of("tier", List.of("interpreter", "tiered", "c1"), "size", List.of("50", "100")),
                2,
                3,
                4,
                50,
                HEAP,
                List.of(),
                Map.of("tier", Map.of("interpreter", List.of("-Xint"), "c1", List.of("-XX:TieredStopAtLevel=1"))));

        var groups = ForkGroups.of(spec);

        assertThat(groups)
                .extracting(group -> group.params().get("tier"))
                .containsExactly(List.of("interpreter"), List.of("tiered"), List.of("c1"));
        assertThat(groups)
                .extracting(RunSpec::jvmArgs)
                .containsExactly(
                        List.of("-Xms1g", "-Xmx1g", "-Xint"),
                        HEAP,
                        List.of("-Xms1g", "-Xmx1g", "-XX:TieredStopAtLevel=1"));
        assertThat(groups).allSatisfy(group -> {
            assertThat(group.params().get("size")).containsExactly("50", "100");
            assertThat(group.forks()).isEqualTo(2);
            assertThat(group.warmupIterations()).isEqualTo(3);
            assertThat(group.measurementIterations()).isEqualTo(4);
            assertThat(group.iterationMillis()).isEqualTo(50);
            assertThat(group.choiceJvmArgs()).isEmpty();
        });
    }

    @Test
    void refusesTwoParamsCarryingArguments() {
        var spec = new RunSpec(
                "a.B",
                Map.of("a", List.of("x"), "b", List.of("y")),
                1,
                0,
                1,
                10,
                HEAP,
                List.of(),
                Map.of("a", Map.of("x", List.of("-Xint")), "b", Map.of("y", List.of("-Xint"))));
        assertThatThrownBy(() -> ForkGroups.of(spec)).isInstanceOf(IllegalArgumentException.class);
    }
}
