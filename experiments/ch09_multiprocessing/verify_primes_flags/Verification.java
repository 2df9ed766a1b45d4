package dev.perflab.experiments.ch09.verifyflags;

/** A verdict and the CPU time the Java threads of every process involved spent reaching it, in nanoseconds. */
record Verification(Verdict verdict, long cpuNanos) {}
