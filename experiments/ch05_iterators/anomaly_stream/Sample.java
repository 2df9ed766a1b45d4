package dev.perflab.experiments.ch05.anomalystream;

/**
 * One reading of the sensor.
 *
 * @param second seconds since 1970-01-01T00:00:00Z, the book's {@code count()} timestamps
 * @param value the reading
 */
record Sample(long second, double value) {

    static final int SECONDS_PER_DAY = 86_400;

    /** The calendar day (UTC) the reading belongs to, counted from day 0. */
    long day() {
        return Math.floorDiv(second, SECONDS_PER_DAY);
    }
}
