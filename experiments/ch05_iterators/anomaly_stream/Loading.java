package dev.perflab.experiments.ch05.anomalystream;

import java.util.Iterator;

/**
 * How the readings reach the detector, the value of the {@code variant} param. Ids are permanent,
 * like the experiment's id.
 */
enum Loading {
    /** Each reading made when the detector asks for the next one. */
    LAZY("lazy"),
    /** Every reading made and stored in a list first, then the list is scanned. */
    EAGER("eager");

    final String id;

    Loading(String id) {
        this.id = id;
    }

    /** The series' readings, for reading once. */
    Iterator<Sample> samples(long seed, int days) {
        return switch (this) {
            case LAZY -> new SensorSeries(seed, days);
            case EAGER -> SensorSeries.listOf(seed, days).iterator();
        };
    }

    static Loading of(String id) {
        for (Loading loading : values()) {
            if (loading.id.equals(id)) {
                return loading;
            }
        }
        throw new IllegalArgumentException("unknown variant " + id);
    }
}
