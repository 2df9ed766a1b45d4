package dev.perflab.experiments.ch05.anomalystream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.experiments.ch05.liveheap.LiveHeap;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnomalyHeapTest {

    @Test
    void aLoadedSeriesKeepsEveryReadingAndALazyOneAlmostNothing() {
        long readings = 3 * Sample.SECONDS_PER_DAY;
        LiveHeap.Peak<List<AnomalyDetector.Anomaly>> eager = LiveHeap.whileReading(
                () -> Loading.EAGER.samples(AnomalyStream.SEED, 3), readings, AnomalyDetector::scan);
        LiveHeap.Peak<List<AnomalyDetector.Anomaly>> lazy = LiveHeap.whileReading(
                () -> Loading.LAZY.samples(AnomalyStream.SEED, 3), readings, AnomalyDetector::scan);
        // 259,200 readings: a reference each and a 24- or 32-byte record (with or without compact
        // object headers) each, at least 7 MiB.
        assertThat(eager.mebibytes()).isGreaterThan(7);
        assertThat(lazy.mebibytes()).isLessThan(1);
        assertThat(eager.result()).isEqualTo(lazy.result());
        assertThat(eager.samples()).isEqualTo(LiveHeap.STRETCHES + 1);
    }
}
