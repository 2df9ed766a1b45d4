package dev.perflab.experiments.ch01.memoryhierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CycleTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 17, 4096, 262_144})
    void randomCycleVisitsEverySlotExactlyOnceBeforeComingBack(int slots) {
        for (long seed : new long[] {MemoryHierarchy.SEED, 1, 99}) {
            assertSingleCycle(Cycle.random(slots, seed));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 4096})
    void addressOrderCycleVisitsEverySlotExactlyOnceInOrder(int slots) {
        Cycle cycle = Cycle.inAddressOrder(slots);
        assertSingleCycle(cycle);
        for (int slot = 0; slot < slots; slot++) {
            assertThat(cycle.links()[slot]).isEqualTo((slot + 1) % slots);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 1000, 65_536})
    void chasingAgreesWithTheVisitingOrder(int slots) {
        Cycle cycle = Cycle.random(slots, 7);
        int slot = cycle.start();
        for (int step = 1; step <= 2 * slots + 3; step++) {
            slot = cycle.chase(slot, 1);
            assertThat(slot).as("step " + step).isEqualTo(cycle.slotAfter(step));
        }
        assertThat(cycle.chase(cycle.start(), 5 * slots + 1)).isEqualTo(cycle.slotAfter(5L * slots + 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {4096, 1 << 20})
    void randomCycleAlmostNeverStepsToANeighbouringSlot(int slots) {
        int[] next = Cycle.random(slots, MemoryHierarchy.SEED).links();
        int near = 0;
        for (int slot = 0; slot < slots; slot++) {
            // Within one 64-byte cache line (16 ints) either way: a step the hardware would get for free.
            if (Math.abs(next[slot] - slot) <= 16) {
                near++;
            }
        }
        assertThat(near).isLessThan(slots / 100);
    }

    @ParameterizedTest
    @ValueSource(ints = {1000, 4096})
    void theSameSeedDrawsTheSameCycleAndAnotherSeedAnother(int slots) {
        assertThat(Cycle.random(slots, 5).links())
                .isEqualTo(Cycle.random(slots, 5).links());
        assertThat(Cycle.random(slots, 5).links())
                .isNotEqualTo(Cycle.random(slots, 6).links());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void rejectsACycleWithoutSlots(int slots) {
        assertThatThrownBy(() -> Cycle.random(slots, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Walks the cycle: n distinct slots, and back at the start after exactly n steps. */
    private static void assertSingleCycle(Cycle cycle) {
        int slots = cycle.slots();
        int[] next = cycle.links();
        BitSet seen = new BitSet(slots);
        int slot = cycle.start();
        for (int step = 0; step < slots; step++) {
            assertThat(seen.get(slot))
                    .as("slot " + slot + " seen twice, at step " + step)
                    .isFalse();
            seen.set(slot);
            slot = next[slot];
        }
        assertThat(seen.cardinality()).isEqualTo(slots);
        assertThat(slot).isEqualTo(cycle.start());
    }
}
