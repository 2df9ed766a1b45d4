package dev.perflab.experiments.ch08.crawler;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Carries the concurrency the server saw to the run's results as the secondary result
 * {@code peakInFlight}: the most requests it held at once, averaged over the measurement
 * iterations.
 *
 * <p>JMH 1.37 zeroes an {@code EVENTS} counter at the start of every iteration and adds the values
 * of all measurement iterations of all forks into the result, so each iteration reports its peak
 * ÷ (forks × measurement iterations), and the shares add up to the mean peak.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CrawlCounters {

    /** This iteration's share of the mean peak of requests the server held at once. */
    public double peakInFlight;

    static double iterationShare(int peak, int forks, int measurementIterations) {
        return (double) peak / (Math.max(forks, 1) * measurementIterations);
    }
}
