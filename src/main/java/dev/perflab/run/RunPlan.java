package dev.perflab.run;

import java.time.Duration;

/**
 * How much a run will measure and how long that should take: points of the params grid × forks ×
 * iterations, plus JVM starts. A lower bound when one operation outlasts an iteration.
 */
public record RunPlan(
        int points,
        int forks,
        int warmupIterations,
        int measurementIterations,
        long iterationMillis,
        long predictedMillis) {

    /** Starting a measuring JVM and JMH in it, measured on a 2-core machine (~0.5 s). */
    static final Duration FORK_START = Duration.ofMillis(600);
    /** Starting the JMH host JVM before the first fork. */
    static final Duration HOST_START = Duration.ofMillis(400);

    /** Starting a flight recording in a fork, writing it and reading it in the host (~0.8 s). */
    static final Duration JFR_PER_FORK = Duration.ofMillis(1000);

    static RunPlan of(int points, RunOptions options) {
        long perFork = (options.warmupIterations() + options.measurementIterations()) * options.iterationMillis()
                + FORK_START.toMillis()
                + (options.profiler().equals("jfr") ? JFR_PER_FORK.toMillis() : 0);
        long predicted = HOST_START.toMillis() + (long) points * options.forks() * perFork;
        return new RunPlan(
                points,
                options.forks(),
                options.warmupIterations(),
                options.measurementIterations(),
                options.iterationMillis(),
                predicted);
    }

    public int totalIterations() {
        return points * forks * (warmupIterations + measurementIterations);
    }
}
