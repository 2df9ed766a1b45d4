package dev.perflab.experiments.ch05.liveheap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class LiveHeapTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void countsWhatTheSequenceHoldsWhileItIsRead() {
        // 1,024 arrays of 64 KiB rather than one of 64 MiB: G1 gives an object of half a region or more
        // whole regions of its own, and the heap in use would then count the last one's empty tail.
        LiveHeap.Peak<Long> peak =
                LiveHeap.whileReading(() -> heldBy(new long[1024][8 * 1024]), 100, LiveHeapTest::count);
        // The JVM's own objects made meanwhile (class data, the test engine's) add some tens of KiB.
        assertThat(peak.bytes()).isBetween(64 * MIB, 66 * MIB);
        assertThat(peak.result()).isEqualTo(100);
    }

    @Test
    void leavesOutGarbageMadeBeforeTheFirstElement() {
        LiveHeap.Peak<Long> peak = LiveHeap.whileReading(
                () -> {
                    long[] garbage = new long[(int) (64 * MIB / 8)];
                    garbage[1] = 1;
                    return IntStream.range(0, 100).boxed().iterator();
                },
                100,
                LiveHeapTest::count);
        assertThat(peak.bytes()).isLessThan(MIB);
    }

    @Test
    void samplesTheFirstElementEveryEighthAndTheLast() {
        assertThat(LiveHeap.samplePoints(1)).containsExactly(0);
        assertThat(LiveHeap.samplePoints(3)).containsExactly(0, 1, 2);
        assertThat(LiveHeap.samplePoints(100_001))
                .containsExactly(0, 12_500, 25_000, 37_500, 50_000, 62_500, 75_000, 87_500, 100_000);
        assertThatThrownBy(() -> LiveHeap.samplePoints(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSequenceShorterThanAnnouncedIsNoMeasurement() {
        assertThatThrownBy(() -> LiveHeap.whileReading(() -> List.of(1, 2, 3).iterator(), 10, LiveHeapTest::count))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ended after 3 elements");
    }

    @Test
    void iterationSharesAddUpToTheFigure() {
        assertThat(LiveHeap.iterationShare(420.5, 2, 3) * 6).isCloseTo(420.5, Offset.offset(1e-9));
        assertThat(LiveHeap.iterationShare(420.5, 1, 1)).isEqualTo(420.5);
    }

    /** An iterator of 100 elements that keeps {@code payload} reachable while it is read. */
    private static Iterator<Integer> heldBy(long[][] payload) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < 100;
            }

            @Override
            public Integer next() {
                payload[next][0] = next;
                return next++;
            }
        };
    }

    private static long count(Iterator<?> elements) {
        long count = 0;
        while (elements.hasNext()) {
            elements.next();
            count++;
        }
        return count;
    }
}
