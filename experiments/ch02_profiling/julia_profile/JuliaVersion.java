package dev.perflab.experiments.ch02.profile;

import dev.perflab.experiments.ch02.julia.JuliaArrays;
import dev.perflab.experiments.ch02.julia.JuliaSet;

/** The versions of the program the experiment times: the book's, and the one its profile leads to. */
enum JuliaVersion {
    /** Lists of Complex objects and abs() through hypot, as the book writes it. */
    BOOK("book", JuliaSet::calcPurePython),
    /** Coordinates in double arrays and |z|² compared with 4: the fix the profile points at. */
    ARRAYS("arrays", JuliaArrays::calcArrays);

    /** A whole Julia program: the sum of every point's iteration count. */
    @FunctionalInterface
    interface Program {
        long run(int size, int maxIterations);
    }

    final String id;
    final Program program;

    JuliaVersion(String id, Program program) {
        this.id = id;
        this.program = program;
    }

    /** The other, independently written version, which checks this one's sums off the book's run. */
    JuliaVersion crossCheck() {
        return this == BOOK ? ARRAYS : BOOK;
    }

    static JuliaVersion of(String id) {
        for (JuliaVersion version : values()) {
            if (version.id.equals(id)) {
                return version;
            }
        }
        throw new IllegalArgumentException("unknown variant " + id);
    }
}
