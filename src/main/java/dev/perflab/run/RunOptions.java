package dev.perflab.run;

import java.util.List;

/** The checked options of a run: its profile, with any bounded overrides applied. */
public record RunOptions(
        String profile,
        int forks,
        int warmupIterations,
        int measurementIterations,
        long iterationMillis,
        List<String> jvmOptions,
        String profiler) {}
