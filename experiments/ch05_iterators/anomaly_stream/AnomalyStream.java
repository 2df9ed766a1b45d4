package dev.perflab.experiments.ch05.anomalystream;

import dev.perflab.experiments.ch05.liveheap.HeapCounters;
import dev.perflab.experiments.ch05.liveheap.LiveHeap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Time to scan {@code days} days of per-second readings for anomalies, reading them lazily or
 * loading them all first, with the peak heap the scan keeps reachable measured once per fork
 * before the first iteration (see {@link LiveHeap} and {@link HeapCounters}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnomalyStream {

    /**
     * Every run reads the same series: the anomalies, and so the check, do not depend on the run.
     * Chosen so that the first day has an anomaly, so even a one-day scan (the smoke profile) checks
     * that the detector finds one; over 100 days it plants 14, close to the 14.3 expected.
     */
    static final long SEED = 20_260_110L;

    @Param("100")
    public int days;

    @Param("lazy")
    public String variant;

    private Loading loading;
    private List<Long> planted;
    private double peakLiveShare;
    private List<AnomalyDetector.Anomaly> last;

    /** Sampling takes nine or more full collections: seconds for 100 days held in a list, once a fork. */
    @Setup(Level.Trial)
    public void measurePeakHeap(BenchmarkParams benchmark) {
        loading = Loading.of(variant);
        planted = SensorSeries.plantedAnomalies(SEED, days);
        LiveHeap.Peak<List<AnomalyDetector.Anomaly>> peak = LiveHeap.whileReading(
                () -> loading.samples(SEED, days), (long) days * Sample.SECONDS_PER_DAY, AnomalyDetector::scan);
        check(peak.result(), "the scan that sampled the heap");
        peakLiveShare = peak.iterationShareMiB(benchmark);
    }

    /** The store to {@code counters} is one field write beside the scan; JMH zeroes it each iteration. */
    @Benchmark
    public List<AnomalyDetector.Anomaly> scan(HeapCounters counters) {
        counters.peakLiveMiB = peakLiveShare;
        last = AnomalyDetector.scan(loading.samples(SEED, days));
        return last;
    }

    /** A scan that misses a planted anomaly, or flags a normal reading, fails the run. */
    @TearDown(Level.Iteration)
    public void checkAnomalies() {
        check(last, "the last scan of the iteration");
    }

    private void check(List<AnomalyDetector.Anomaly> found, String which) {
        List<Long> seconds = found.stream().map(AnomalyDetector.Anomaly::second).toList();
        if (!seconds.equals(planted)) {
            throw new IllegalStateException(variant + ", " + days + " days: " + which + " flagged seconds " + seconds
                    + ", but the anomalies were planted at " + planted);
        }
    }
}
