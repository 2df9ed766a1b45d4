package dev.perflab.experiments.ch05.anomalystream;

import java.util.SplittableRandom;

/**
 * What a day of readings looks like, drawn first from the day's own generator: how noisy it is and
 * whether, when and how far one reading jumps. The day's readings are drawn from the same generator
 * after it, so a day is the same whatever came before it or how many days are read.
 *
 * @param noise the standard deviation of the day's readings around {@link #LEVEL}
 * @param anomalySecond the second of the day whose reading jumps, or -1 for a normal day
 * @param anomalySize how far it jumps, in multiples of {@code noise}, up or down
 */
record DayPlan(double noise, int anomalySecond, double anomalySize) {

    /** The reading a quiet sensor would give. */
    static final double LEVEL = 100.0;

    /** About one day in seven has an anomaly, as in the book's fake data ("about once a week"). */
    static final int DAYS_PER_ANOMALY = 7;

    /**
     * Anomalies come no earlier than this in a day: the detector needs readings of the day to know
     * what normal is first.
     */
    static final int EARLIEST_ANOMALY_SECOND = 3_600;

    static DayPlan draw(SplittableRandom day) {
        double noise = 0.5 + 1.5 * day.nextDouble();
        boolean anomalous = day.nextInt(DAYS_PER_ANOMALY) == 0;
        int second = EARLIEST_ANOMALY_SECOND + day.nextInt(Sample.SECONDS_PER_DAY - EARLIEST_ANOMALY_SECOND);
        double size = (day.nextBoolean() ? 1 : -1) * (10 + 10 * day.nextDouble());
        return new DayPlan(noise, anomalous ? second : -1, size);
    }

    /**
     * The generator of day {@code day} of the series seeded {@code seed}. The seed is mixed (the
     * SplitMix64 finaliser) rather than offset: a generator seeded s + 1 step would repeat one
     * seeded s, shifted by a draw.
     */
    static SplittableRandom generatorOf(long seed, long day) {
        long mixed = seed ^ (day * 0x9E37_79B9_7F4A_7C15L);
        mixed = (mixed ^ (mixed >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        mixed = (mixed ^ (mixed >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return new SplittableRandom(mixed ^ (mixed >>> 31));
    }

    /** The reading at second {@code secondOfDay}, given the day's next standard normal draw. */
    double reading(int secondOfDay, double gaussian) {
        double deviation = secondOfDay == anomalySecond ? anomalySize : gaussian;
        return LEVEL + noise * deviation;
    }
}
