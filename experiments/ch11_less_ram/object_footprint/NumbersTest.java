package dev.perflab.experiments.ch11.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NumbersTest {

    private static final int N = 10_000;

    @ParameterizedTest
    @EnumSource(Element.class)
    void everyVariantHoldsItsValuesInOrderAndSumsToTheirTotal(Element element) {
        for (Holding holding : Holding.values()) {
            Numbers numbers = Numbers.of(holding, element, N);
            List<Long> held = held(numbers);
            assertThat(held).as(holding.id).hasSize(N);
            for (int i = 0; i < N; i += 997) {
                assertThat(held.get(i)).as(holding.id + " value " + i).isEqualTo((long) holding.values.at(i));
            }
            assertThat(numbers.sum()).as(holding.id).isEqualTo(holding.values.sum(N));
        }
    }

    @ParameterizedTest
    @EnumSource(Element.class)
    void primitiveArrayBoxedArrayAndListHoldTheSameNumbers(Element element) {
        List<Long> primitive = held(Numbers.of(Holding.PRIMITIVE_ARRAY, element, N));
        assertThat(held(Numbers.of(Holding.BOXED_ARRAY_DISTINCT, element, N))).isEqualTo(primitive);
        assertThat(held(Numbers.of(Holding.ARRAY_LIST, element, N))).isEqualTo(primitive);
        assertThat(held(Numbers.of(Holding.PRIMITIVE_LIST, element, N))).isEqualTo(primitive);
    }

    @ParameterizedTest
    @EnumSource(Element.class)
    void cachedVariantSumsLikeAPrimitiveArrayOfTheSameSmallValues(Element element) {
        long expected = 0;
        for (int i = 0; i < N; i++) {
            expected += (i % 256) - 128;
        }
        assertThat(Numbers.of(Holding.BOXED_ARRAY_CACHED, element, N).sum()).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Element.class)
    void cachedVariantSharesOneBoxPerValue(Element element) {
        Object[] boxes = boxes(Numbers.of(Holding.BOXED_ARRAY_CACHED, element, N));
        assertThat(identities(boxes)).hasSize(256);
        assertThat(boxes[3]).isSameAs(boxes[3 + 256]).isSameAs(boxes[3 + 256 * 30]);
        Object canonical = element == Element.INT ? (Object) Integer.valueOf(-125) : (Object) Long.valueOf(-125);
        assertThat(boxes[3]).isSameAs(canonical);
    }

    @ParameterizedTest
    @EnumSource(
            value = Holding.class,
            names = {"BOXED_ARRAY_DISTINCT", "ARRAY_LIST"})
    void distinctVariantsHoldOneBoxPerElement(Holding holding) {
        for (Element element : Element.values()) {
            assertThat(identities(boxes(Numbers.of(holding, element, N))))
                    .as(holding.id + " of " + element.id)
                    .hasSize(N);
        }
    }

    @Test
    void primitiveListGrowsLikeAnArrayList() {
        PrimitiveLists.IntList ints = new PrimitiveLists.IntList();
        PrimitiveLists.LongList longs = new PrimitiveLists.LongList();
        assertThat(ints.capacity()).isZero();
        ints.add(0);
        assertThat(ints.capacity()).isEqualTo(10);
        for (int i = 1; i < 1_000_000; i++) {
            ints.add(i);
            longs.add(i);
        }
        // ArrayList's backing array after 1,000,000 adds: 10, 15, 22, ... 810,325, 1,215,487 slots.
        assertThat(ints.capacity()).isEqualTo(1_215_487);
        assertThat(ints.size()).isEqualTo(1_000_000);
        assertThat(longs.size()).isEqualTo(999_999);
        assertThat(ints.sum()).isEqualTo(499_999_500_000L);
        assertThat(longs.sum()).isEqualTo(499_999_500_000L);
    }

    @Test
    void valuesAreSmallOrDistinctAsNamed() {
        assertThat(Values.SMALL.at(0)).isEqualTo(-128);
        assertThat(Values.SMALL.at(255)).isEqualTo(127);
        assertThat(Values.SMALL.at(256)).isEqualTo(-128);
        assertThat(Values.DISTINCT.at(0)).isEqualTo(128);
        // 128 + 129 + ... + (128 + N - 1)
        assertThat(Values.DISTINCT.sum(N)).isEqualTo(128L * N + (long) N * (N - 1) / 2);
        assertThat(Values.SMALL.sum(512)).isEqualTo(-256);
    }

    @Test
    void rejectsUnknownVariantAndElement() {
        assertThatThrownBy(() -> Holding.of("numpy-array")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Element.of("short")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Long> held(Numbers numbers) {
        return switch (numbers) {
            case Numbers.IntArray a ->
                Arrays.stream(a.numbers()).asLongStream().boxed().toList();
            case Numbers.LongArray a -> Arrays.stream(a.numbers()).boxed().toList();
            case Numbers.IntegerArray a ->
                Arrays.stream(a.numbers()).map(Integer::longValue).toList();
            case Numbers.LongBoxArray a -> List.of(a.numbers());
            case Numbers.IntegerList l ->
                l.numbers().stream().map(Integer::longValue).toList();
            case Numbers.LongBoxList l -> List.copyOf(l.numbers());
            case Numbers.IntPrimitiveList l -> {
                List<Long> values = new ArrayList<>();
                for (int i = 0; i < l.numbers().size(); i++) {
                    values.add((long) l.numbers().get(i));
                }
                yield values;
            }
            case Numbers.LongPrimitiveList l -> {
                List<Long> values = new ArrayList<>();
                for (int i = 0; i < l.numbers().size(); i++) {
                    values.add(l.numbers().get(i));
                }
                yield values;
            }
        };
    }

    private static Object[] boxes(Numbers numbers) {
        return switch (numbers) {
            case Numbers.IntegerArray a -> a.numbers();
            case Numbers.LongBoxArray a -> a.numbers();
            case Numbers.IntegerList l -> l.numbers().toArray();
            case Numbers.LongBoxList l -> l.numbers().toArray();
            case Numbers.IntArray a -> throw new IllegalArgumentException("no boxes in an int[]");
            case Numbers.LongArray a -> throw new IllegalArgumentException("no boxes in a long[]");
            case Numbers.IntPrimitiveList l -> throw new IllegalArgumentException("no boxes in an int list");
            case Numbers.LongPrimitiveList l -> throw new IllegalArgumentException("no boxes in a long list");
        };
    }

    private static Set<Object> identities(Object[] boxes) {
        Set<Object> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        Collections.addAll(distinct, boxes);
        return distinct;
    }
}
