package dev.perflab.experiments.ch01.memoryhierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class WalkTest {

    @ParameterizedTest
    @EnumSource(Pattern.class)
    void everyPatternPassesItsCheckAfterManyCalls(Pattern pattern) {
        Walk walk = pattern.walkOver(4, 3);
        for (int call = 0; call < 10; call++) {
            walk.advance(MemoryHierarchy.LOADS);
            assertThatCode(walk::check).doesNotThrowAnyException();
        }
    }

    @Test
    void chaseGoesOnWhereTheLastCallStopped() {
        Cycle cycle = Cycle.random(1000, 11);
        Walk walk = new Walk.Chase(cycle);
        assertThat(walk.advance(300)).isEqualTo(cycle.slotAfter(300));
        assertThat(walk.advance(900)).isEqualTo(cycle.slotAfter(1200));
    }

    @Test
    void aBrokenCycleFailsTheCheck() {
        Cycle cycle = Cycle.random(1000, 11);
        Walk walk = new Walk.Chase(cycle);
        // Swapping two links splits the cycle in two: the chase leaves the visiting order.
        int[] next = cycle.links();
        int first = cycle.start();
        int second = next[next[first]];
        int swapped = next[first];
        next[first] = next[second];
        next[second] = swapped;
        walk.advance(MemoryHierarchy.LOADS);
        assertThatThrownBy(walk::check)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken");
    }

    @ParameterizedTest
    @CsvSource({"4, 100", "4, 1024", "4, 65536", "16, 5000", "1, 256"})
    void scanSumsTheSlotsItReadsWrappingAtTheEnd(long workingSetKiB, int loads) {
        int slots = Pattern.slots(workingSetKiB);
        Walk walk = Pattern.SEQUENTIAL_SCAN.walkOver(workingSetKiB, 0);
        int position = 0;
        for (int call = 0; call < 3; call++) {
            long expected = 0;
            for (int k = 0; k < loads; k++) {
                expected += (position + k) % slots;
            }
            assertThat(walk.advance(loads)).isEqualTo(expected);
            assertThat(Walk.Scan.expectedSum(position, loads, slots)).isEqualTo(expected);
            position = (int) ((position + (long) loads) % slots);
        }
    }

    @Test
    void scanSumGoesBeyondTheRangeOfAnInt() {
        int slots = Pattern.slots(512);
        Walk walk = Pattern.SEQUENTIAL_SCAN.walkOver(512, 0);
        long exact = (long) slots * (slots - 1) / 2;
        assertThat(walk.advance(slots)).isEqualTo(exact).isGreaterThan(Integer.MAX_VALUE);
        assertThat(Walk.Scan.expectedSum(0, slots, slots)).isEqualTo(exact);
    }

    @Test
    void workingSetsBecomeIntSlots() {
        assertThat(Pattern.slots(16)).isEqualTo(4096);
        assertThat(Pattern.slots(524_288)).isEqualTo(134_217_728);
        assertThatThrownBy(() -> Pattern.slots(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pattern.slots(16L << 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pattern.of("stride")).isInstanceOf(IllegalArgumentException.class);
    }
}
