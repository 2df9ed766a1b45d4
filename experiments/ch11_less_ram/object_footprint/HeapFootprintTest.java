package dev.perflab.experiments.ch11.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.experiments.ch11.heap.HeapFootprint;
import java.util.ArrayList;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class HeapFootprintTest {

    @Test
    void countsEveryDistinctBoxOnce() {
        Integer one = 1000;
        long box = HeapFootprint.bytesReachableFrom(one);
        long references = HeapFootprint.bytesReachableFrom(new Integer[1000]);
        Integer[] distinct = new Integer[1000];
        for (int i = 0; i < distinct.length; i++) {
            distinct[i] = 1000 + i;
        }
        assertThat(HeapFootprint.bytesReachableFrom(distinct)).isEqualTo(references + 1000 * box);
    }

    @Test
    void countsASharedBoxOnceHoweverOftenItIsReferenced() {
        Numbers cached = Numbers.of(Holding.BOXED_ARRAY_CACHED, Element.INT, 1000);
        long box = HeapFootprint.bytesReachableFrom(Integer.valueOf(5));
        long references = HeapFootprint.bytesReachableFrom(new Integer[1000]);
        assertThat(HeapFootprint.bytesReachableFrom(cached.structure())).isEqualTo(references + 256 * box);
    }

    @Test
    void aListCostsItsBoxesAndMoreThanAnArrayOfThem() {
        ArrayList<Integer> list = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            list.add(1000 + i);
        }
        long array = HeapFootprint.bytesReachableFrom(list.toArray(Integer[]::new));
        assertThat(HeapFootprint.bytesReachableFrom(list)).isGreaterThan(array);
    }

    @Test
    void aPrimitiveListCostsItsBackingArrayAndOneSmallObject() {
        PrimitiveLists.IntList list = new PrimitiveLists.IntList();
        for (int i = 0; i < 1000; i++) {
            list.add(1000 + i);
        }
        long array = HeapFootprint.bytesReachableFrom(new int[list.capacity()]);
        assertThat(HeapFootprint.bytesReachableFrom(list) - array).isBetween(8L, 24L);
    }

    @Test
    void iterationSharesAddUpToTheFigure() {
        double share = FootprintCounters.iterationShare(20.5, 2, 3);
        assertThat(share * 6).isCloseTo(20.5, Offset.offset(1e-12));
        assertThat(FootprintCounters.iterationShare(20.5, 1, 1)).isEqualTo(20.5);
    }
}
