package dev.perflab.experiments.ch09.verifyflags;

/** A verdict and the CPU time every process involved spent reaching it, in nanoseconds. */
record Verification(Verdict verdict, long cpuNanos) {}
