package dev.perflab.experiments.ch03.tuple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContainerTest {

    @ParameterizedTest
    @EnumSource(Container.class)
    void everyVariantSumsItsFourValues(Container container) {
        for (int first = 0; first <= Container.MAX_FIRST; first++) {
            int expected = first + (first + 1) + (first + 2) + (first + 3);
            assertThat(container.sumOfNew(first))
                    .as(container.id + " from " + first)
                    .isEqualTo(expected);
            assertThat(Container.expectedSum(first)).isEqualTo(expected);
        }
    }

    @Test
    void everyValueTheBenchmarkUsesComesFromTheBoxCache() {
        // All four values of every call must be boxed from the cache, or boxing would allocate and
        // the bytes would not be the container's alone.
        assertThat(SmallContainers.FIRST_VALUES - 1).isLessThanOrEqualTo(Container.MAX_FIRST);
        assertThat(Integer.valueOf(Container.MAX_FIRST + 3)).isSameAs(Integer.valueOf(Container.MAX_FIRST + 3));
        assertThat(Integer.valueOf(Container.MAX_FIRST + 4)).isNotSameAs(Integer.valueOf(Container.MAX_FIRST + 4));
    }

    @Test
    void recordsWithTheSameValuesAreEqual() {
        assertThat(new Quad(1, 2, 3, 4)).isEqualTo(new Quad(1, 2, 3, 4)).isNotEqualTo(new Quad(1, 2, 3, 5));
    }

    @Test
    void namesMapToVariants() {
        assertThat(Container.of("list-of")).isEqualTo(Container.LIST_OF);
        assertThat(Container.of("array-list-sized")).isEqualTo(Container.ARRAY_LIST_SIZED);
        assertThatThrownBy(() -> Container.of("tuple")).isInstanceOf(IllegalArgumentException.class);
    }
}
