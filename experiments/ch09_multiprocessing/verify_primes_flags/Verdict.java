package dev.perflab.experiments.ch09.verifyflags;

/** The answer for {@code number}: a factor found, or {@code factor} 0 when none exists. */
record Verdict(long number, long factor) {

    boolean prime() {
        return factor == 0;
    }
}
