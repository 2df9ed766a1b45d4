package dev.perflab.experiments.ch05.anomalystream;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Flags readings far from what their day has been so far, in one pass and constant memory: a
 * running mean and variance (Welford's method) over the day's readings before each one, reset at
 * midnight (the book groups by calendar day). A reading more than {@link #SIGMAS} standard
 * deviations from the running mean is an anomaly. It goes into the running figures too, as the
 * next reading's past.
 */
final class AnomalyDetector {

    /** How far from the mean, in standard deviations, a reading must be to be flagged: the book's 6. */
    static final double SIGMAS = 6.0;

    /** Readings of a day seen before the detector judges one: ten minutes. */
    static final int WARM_UP_READINGS = 600;

    private final List<Anomaly> anomalies = new ArrayList<>();
    private long day = Long.MIN_VALUE;
    private long count;
    private double mean;
    private double squaredDeviations;

    /**
     * A flagged reading and what its day had been until then.
     *
     * @param second when, as in {@link Sample#second()}
     * @param value the reading
     * @param mean the running mean of the day's readings before it
     * @param deviation the running standard deviation of the day's readings before it
     */
    record Anomaly(long second, double value, double mean, double deviation) {}

    /** The anomalies of {@code samples}, read once. */
    static List<Anomaly> scan(Iterator<Sample> samples) {
        AnomalyDetector detector = new AnomalyDetector();
        while (samples.hasNext()) {
            detector.accept(samples.next());
        }
        return detector.anomalies();
    }

    void accept(Sample sample) {
        if (sample.day() != day) {
            day = sample.day();
            count = 0;
            mean = 0;
            squaredDeviations = 0;
        }
        double value = sample.value();
        if (count >= WARM_UP_READINGS) {
            double deviation = Math.sqrt(squaredDeviations / (count - 1));
            if (Math.abs(value - mean) > SIGMAS * deviation) {
                anomalies.add(new Anomaly(sample.second(), value, mean, deviation));
            }
        }
        count++;
        double delta = value - mean;
        mean += delta / count;
        squaredDeviations += delta * (value - mean);
    }

    List<Anomaly> anomalies() {
        return List.copyOf(anomalies);
    }

    /** The running mean of the current day's readings. */
    double mean() {
        return mean;
    }

    /** The running sample variance of the current day's readings (n − 1 in the denominator). */
    double variance() {
        return count < 2 ? 0 : squaredDeviations / (count - 1);
    }
}
