package dev.perflab.experiments.ch06.normsquared;

import java.util.List;

/** The five ways, by the names the experiment's {@code variant} param uses. */
enum Variant {
    BOXED_LOOP("boxed-loop", true),
    BOXED_STREAM("boxed-stream", true),
    ARRAY_LOOP("array-loop", false),
    DOUBLE_STREAM("double-stream", false),
    VECTOR("vector", false);

    private final String name;
    private final boolean boxed;

    Variant(String name, boolean boxed) {
        this.name = name;
        this.boxed = boxed;
    }

    static Variant named(String name) {
        for (Variant variant : values()) {
            if (variant.name.equals(name)) {
                return variant;
            }
        }
        throw new IllegalArgumentException("no variant " + name);
    }

    /** Whether this way reads the boxed list rather than the array. */
    boolean boxed() {
        return boxed;
    }

    double sumOfSquares(List<Double> list, double[] array) {
        return switch (this) {
            case BOXED_LOOP -> SumOfSquares.boxedLoop(list);
            case BOXED_STREAM -> SumOfSquares.boxedStream(list);
            case ARRAY_LOOP -> SumOfSquares.arrayLoop(array);
            case DOUBLE_STREAM -> SumOfSquares.doubleStream(array);
            case VECTOR -> SumOfSquares.vector(array);
        };
    }
}
