package dev.perflab.run;

/**
 * The run options that override a profile's iteration settings, with the bounds the lab accepts:
 * the form's number fields show the same bounds the check enforces.
 */
public enum IterationOption {
    FORKS("forks", "Forks", 1, 5),
    WARMUP_ITERATIONS("warmupIterations", "Warm-up iterations", 0, 50),
    MEASUREMENT_ITERATIONS("measurementIterations", "Measured iterations", 1, 100),
    ITERATION_MILLIS("iterationMillis", "Iteration time (ms)", 10, 60_000);

    private final String field;
    private final String label;
    private final int min;
    private final int max;

    IterationOption(String field, String label, int min, int max) {
        this.field = field;
        this.label = label;
        this.min = min;
        this.max = max;
    }

    /** The name of the option in a run request and of its form field. */
    public String field() {
        return field;
    }

    public String label() {
        return label;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
