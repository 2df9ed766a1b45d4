package dev.perflab.experiments.ch10.pi;

import java.io.Serializable;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * One worker's share of a π estimate: {@code darts} darts thrown at the unit square from its own
 * generator. The same task runs on a thread of this JVM or, serialised, on a cluster member.
 *
 * @param darts darts to throw
 * @param seed the generator's seed; every task of an estimate gets its own
 */
record DartTask(long darts, long seed) implements Callable<DartTask.Hits>, Serializable {

    /**
     * What a worker sends back.
     *
     * @param inside darts that fell inside the quarter circle
     * @param computeNanos time the worker spent throwing, measured where it ran
     */
    record Hits(long inside, long computeNanos) implements Serializable {}

    @Override
    public Hits call() {
        long start = System.nanoTime();
        long inside = countInside(new SplittableRandom(seed), darts);
        return new Hits(inside, System.nanoTime() - start);
    }

    static long countInside(SplittableRandom random, long darts) {
        long inside = 0;
        for (long i = 0; i < darts; i++) {
            double x = random.nextDouble();
            double y = random.nextDouble();
            if (x * x + y * y <= 1.0) {
                inside++;
            }
        }
        return inside;
    }

    /** The darts worker {@code worker} of {@code workers} throws: an even split, the remainder first. */
    static long share(long samples, int workers, int worker) {
        return samples / workers + (worker < samples % workers ? 1 : 0);
    }

    /**
     * Six standard deviations of an estimate from {@code samples} darts, 4·√(p(1−p)/n) with p = π/4:
     * a correct estimator falls outside it about once in 500 million estimates.
     */
    static double tolerance(long samples) {
        double p = Math.PI / 4;
        return 6 * 4 * Math.sqrt(p * (1 - p) / samples);
    }
}
