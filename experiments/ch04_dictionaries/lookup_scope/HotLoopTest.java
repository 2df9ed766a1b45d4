package dev.perflab.experiments.ch04.lookupscope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HotLoopTest {

    @ParameterizedTest
    @EnumSource(Access.class)
    void everyWayOfCallingFoldsToTheExpectedValue(Access access) {
        var loop = new HotLoop(access);
        for (long seed : new long[] {0, 1, -7, 20_260_404L, Long.MAX_VALUE}) {
            long expected = HotLoop.expected(seed);
            // Several passes, so the interface variants go through every receiver.
            for (int pass = 0; pass < 8; pass++) {
                assertThat(loop.pass(seed))
                        .as("%s pass %d seed %d", access, pass, seed)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void everyStepClassComputesTheSamePolynomial() {
        Step[] steps = {new Step.Multiply(), new Step.Shift(), new Step.AddFirst(), new Step.SubtractLast()};
        Random random = new Random(1);
        for (int draw = 0; draw < 10_000; draw++) {
            long acc = random.nextLong();
            int i = random.nextInt();
            long expected = acc * 31 + i;
            assertThat(Step.polynomial(acc, i)).isEqualTo(expected);
            assertThat(new Polynomial().apply(acc, i)).isEqualTo(expected);
            for (Step step : steps) {
                assertThat(step.apply(acc, i))
                        .as(step.getClass().getSimpleName())
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void interfaceVariantsSeeOneTwoAndFourClasses() {
        assertThat(classesSeen(Access.INTERFACE)).isEqualTo(1);
        assertThat(classesSeen(Access.INTERFACE_BIMORPHIC)).isEqualTo(2);
        assertThat(classesSeen(Access.INTERFACE_MEGAMORPHIC)).isEqualTo(4);
        assertThat(Access.INTERFACE_MEGAMORPHIC.receivers()).hasSize(4);
    }

    @Test
    void theExpectedValueDependsOnTheSeed() {
        assertThat(HotLoop.expected(1)).isNotEqualTo(HotLoop.expected(2));
        // 31^1000 overflows many times over: the fold is a long, wrapping as Java's arithmetic does.
        long acc = 3;
        for (int i = 0; i < HotLoop.CALLS; i++) {
            acc = acc * 31 + i;
        }
        assertThat(HotLoop.expected(3)).isEqualTo(acc);
    }

    @Test
    void rejectsUnknownAccess() {
        assertThatThrownBy(() -> Access.of("global")).isInstanceOf(IllegalArgumentException.class);
    }

    private static long classesSeen(Access access) {
        return Arrays.stream(access.receivers())
                .map(Object::getClass)
                .distinct()
                .count();
    }
}
