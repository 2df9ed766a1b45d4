package dev.perflab.experiments.ch11.probabilistic;

import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;

/**
 * Apache DataSketches' HyperLogLog, a well-kept library's, with 2^p one-byte registers
 * ({@code HLL_8}) like {@link HyperLogLog}, so the two differ in their estimators, not their
 * bytes: DataSketches starts with an exact list of hashes and, for a sketch that was never merged,
 * estimates with the HIP estimator, more accurate than the paper's harmonic mean.
 */
final class SketchHyperLogLog implements StreamCounter {

    private final HllSketch sketch;
    private final int precision;

    SketchHyperLogLog(int precision) {
        this.precision = precision;
        this.sketch = new HllSketch(precision, TgtHllType.HLL_8);
    }

    @Override
    public void offer(long item) {
        sketch.update(item);
    }

    @Override
    public double estimate() {
        return sketch.getEstimate();
    }

    /** The library's documented relative error of one standard deviation at this precision. */
    @Override
    public double standardError(long truth) {
        return Math.abs(HllSketch.getRelErr(true, false, precision, 1));
    }

    /** The sketch itself: the footprint walk should not count this wrapper. */
    Object sketch() {
        return sketch;
    }
}
