package dev.perflab.experiments.ch03.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GrowthTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 11, 1000, 123_457})
    void everyVariantHoldsEveryItemInOrder(int n) {
        for (Growth growth : Growth.values()) {
            Items items = Items.of(n, growth.appendsInts());
            assertThat(items.mismatchIn(growth.build(items)))
                    .as(growth.id + " of " + n)
                    .isNull();
        }
    }

    @Test
    void aMismatchIsFoundInLengthOrderAndIdentity() {
        Items items = Items.of(300, false);
        List<Integer> list = new ArrayList<>(List.of(items.boxes()));
        assertThat(items.mismatchIn(list)).isNull();
        assertThat(items.mismatchIn(list.subList(0, 299))).contains("holds 299 items");
        List<Integer> copies = new ArrayList<>();
        for (Integer box : items.boxes()) {
            copies.add(Integer.valueOf(box.intValue()));
        }
        // Equal numbers above the box cache are new boxes: the list did not hold what was appended.
        assertThat(items.mismatchIn(copies)).contains("item 128");
        IntList ints = new IntList();
        ints.add(0);
        ints.add(2);
        assertThat(Items.of(2, true).mismatchIn(ints)).contains("int 1 is 2");
    }

    @Test
    void readsTheRealCapacityOfAnArrayList() {
        ArrayList<Integer> list = new ArrayList<>();
        list.ensureCapacity(1000);
        assertThat(BackingArray.of(list).capacity()).isEqualTo(1000);
        list.add(1);
        list.trimToSize();
        assertThat(BackingArray.of(list).capacity()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 11, 1000, 100_001})
    void presizedAndSizedStreamListsHaveNoEmptySlots(int n) {
        for (Growth growth : new Growth[] {Growth.ARRAY_LIST_PRESIZED, Growth.STREAM_TO_LIST}) {
            BackingArray backing = BackingArray.of(growth.build(Items.of(n, false)));
            assertThat(backing.capacity()).as(growth.id).isEqualTo(n);
            assertThat(backing.wastedBytes(n)).as(growth.id).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 11, 1000, 100_001})
    void growingByAddLeavesFewerThanHalfAgainAsManySlotsAsItems(int n) {
        BackingArray grown = BackingArray.of(Growth.ARRAY_LIST.build(Items.of(n, false)));
        assertThat(grown.capacity()).isGreaterThanOrEqualTo(n).isLessThanOrEqualTo(Math.max(10, n + n / 2));
        assertThat(BackingArray.of(Growth.STREAM_COLLECT.build(Items.of(n, false))))
                .isEqualTo(grown);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 11, 40, 41, 100_001})
    void theIntListDoublesFromTenSlotsOfFourBytes(int n) {
        BackingArray backing = BackingArray.of(Growth.INT_ARRAY_DOUBLING.build(Items.of(n, true)));
        int expected = IntList.INITIAL_CAPACITY;
        while (expected < n) {
            expected *= 2;
        }
        assertThat(backing.capacity()).isEqualTo(expected);
        assertThat(backing.slotBytes()).isEqualTo(Integer.BYTES);
        assertThat(backing.wastedBytes(n)).isEqualTo((long) (expected - n) * Integer.BYTES);
    }

    @Test
    void referenceSlotsAreFourOrEightBytes() {
        assertThat(BackingArray.of(new ArrayList<>(List.of(1))).slotBytes()).isIn(4, 8);
    }

    @Test
    void refusesAnObjectWithoutOneArrayField() {
        assertThatThrownBy(() -> BackingArray.of(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharesOfTheFiguresAddUpToThem() {
        BackingArray backing = new BackingArray(15, 4);
        assertThat(backing.wastedBytes(11)).isEqualTo(16);
        var shares = GrowthFigures.Shares.of(backing, 11, 2, 3);
        assertThat(shares.capacity() * 6).isCloseTo(15, within(1e-12));
        assertThat(shares.wastedBytes() * 6).isCloseTo(16, within(1e-12));
        assertThat(GrowthFigures.Shares.of(backing, 11, 1, 1)).isEqualTo(new GrowthFigures.Shares(15, 16));
    }

    @Test
    void namesMapToVariants() {
        assertThat(Growth.of("stream-to-list")).isEqualTo(Growth.STREAM_TO_LIST);
        assertThat(Growth.INT_ARRAY_DOUBLING.appendsInts()).isTrue();
        assertThat(Growth.ARRAY_LIST.appendsInts()).isFalse();
        assertThatThrownBy(() -> Growth.of("linked-list")).isInstanceOf(IllegalArgumentException.class);
    }
}
