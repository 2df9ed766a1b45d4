package dev.perflab.experiments.ch05.anomalystream;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A sensor read once a second for {@code days} days from 1970-01-01, made one reading at a time:
 * the book's {@code read_fake_data} generator. Seeded, so the same seed gives the same readings
 * every time; each day's readings come from a generator of that day's own (see {@link DayPlan}).
 * It holds one day's plan and generator, however many days it makes.
 */
final class SensorSeries implements Iterator<Sample> {

    private final long seed;
    private final long seconds;
    private long second;
    private SplittableRandom day;
    private DayPlan plan;

    SensorSeries(long seed, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        this.seed = seed;
        this.seconds = (long) days * Sample.SECONDS_PER_DAY;
    }

    /**
     * Every reading made and stored in a list first, as code does that loads a whole file before
     * looking at it. Not presized: a program reading a file does not know its length.
     */
    static List<Sample> listOf(long seed, int days) {
        List<Sample> samples = new ArrayList<>();
        new SensorSeries(seed, days).forEachRemaining(samples::add);
        return samples;
    }

    /** The seconds at which the series' anomalies were planted, in order, without reading it. */
    static List<Long> plantedAnomalies(long seed, int days) {
        List<Long> seconds = new ArrayList<>();
        for (long d = 0; d < days; d++) {
            DayPlan plan = DayPlan.draw(DayPlan.generatorOf(seed, d));
            if (plan.anomalySecond() >= 0) {
                seconds.add(d * Sample.SECONDS_PER_DAY + plan.anomalySecond());
            }
        }
        return seconds;
    }

    @Override
    public boolean hasNext() {
        return second < seconds;
    }

    @Override
    public Sample next() {
        if (second >= seconds) {
            throw new NoSuchElementException();
        }
        int secondOfDay = (int) (second % Sample.SECONDS_PER_DAY);
        if (secondOfDay == 0) {
            day = DayPlan.generatorOf(seed, second / Sample.SECONDS_PER_DAY);
            plan = DayPlan.draw(day);
        }
        Sample sample = new Sample(second, plan.reading(secondOfDay, day.nextGaussian()));
        second++;
        return sample;
    }
}
