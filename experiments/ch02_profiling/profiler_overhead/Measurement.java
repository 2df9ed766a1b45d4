package dev.perflab.experiments.ch02.overhead;

/** How the Julia program is watched while it runs: the variants of the experiment. */
enum Measurement {
    /** Not at all: the baseline. */
    NONE("none"),
    /** A JFR recording with the 'profile' settings: sampling, no change to the code. */
    JFR("jfr"),
    /** System.nanoTime around each stage and each row, added up in fields. */
    TIMERS("timers"),
    /** An event object with a timestamp per executed statement of the inner loop. */
    INSTRUMENTATION("instrumentation");

    final String id;

    Measurement(String id) {
        this.id = id;
    }

    static Measurement of(String id) {
        for (Measurement measurement : values()) {
            if (measurement.id.equals(id)) {
                return measurement;
            }
        }
        throw new IllegalArgumentException("unknown variant " + id);
    }
}
