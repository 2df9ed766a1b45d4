package dev.perflab.experiments.ch02.conditions;

import dev.perflab.experiments.ch02.julia.JuliaSet;

/** Which of the loop's two tests runs first: the variants of the experiment. */
enum TestOrder {
    /** {@code abs(z) < 2 && n < max}: the book's kernel as first written. */
    ABS_FIRST("abs-first") {
        @Override
        int[] calculateZ(int maxIterations, JuliaSet.Coordinates coordinates) {
            return JuliaSet.calculateZSerial(maxIterations, coordinates.zs(), coordinates.cs());
        }
    },
    /** {@code n < max && abs(z) < 2}: the cheap test first. */
    COUNT_FIRST("count-first") {
        @Override
        int[] calculateZ(int maxIterations, JuliaSet.Coordinates coordinates) {
            return CountFirstKernel.calculateZSerial(maxIterations, coordinates.zs(), coordinates.cs());
        }
    };

    final String id;

    TestOrder(String id) {
        this.id = id;
    }

    abstract int[] calculateZ(int maxIterations, JuliaSet.Coordinates coordinates);

    static TestOrder of(String id) {
        for (TestOrder order : values()) {
            if (order.id.equals(id)) {
                return order;
            }
        }
        throw new IllegalArgumentException("unknown variant " + id);
    }
}
