package dev.perflab.experiments.ch11.heap;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class HeapFootprintTest {

    @Test
    void anIntArrayCostsFourBytesAnElementPlusOneHeader() {
        long bytes = HeapFootprint.bytesReachableFrom(new int[1000]);
        assertThat(bytes - 4000).isBetween(12L, 24L);
    }

    @Test
    void aBareObjectIsItsHeaderPaddedToEightBytes() {
        boolean compact = Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("UseCompactObjectHeaders")
                .getValue());
        assertThat(HeapFootprint.bareObjectBytes()).isEqualTo(compact ? 8L : 16L);
    }

    @Test
    void countsAnObjectReachedTwiceOnce() {
        Long box = 1000L;
        long one = HeapFootprint.bytesReachableFrom(box);
        long array = HeapFootprint.bytesReachableFrom(new Long[2]);
        assertThat(HeapFootprint.bytesReachableFrom(new Long[] {box, box})).isEqualTo(array + one);
    }
}
