package dev.perflab.experiments.ch09.pi;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Estimates π from darts thrown at the unit square: the share landing inside the quarter circle
 * tends to π/4. The darts are split evenly over {@code workers} tasks on a pool.
 */
final class PiEstimator {

    /** How the workers get their random numbers: the only thing the variants change. */
    enum Variant {
        /** Every worker draws from one {@link Random}, whose seed is a contended atomic. */
        SHARED_RANDOM("shared-random"),
        /** Every worker has its own {@link Random}: no state shared while throwing. */
        THREAD_LOCAL_RANDOM("thread-local-random");

        final String id;

        Variant(String id) {
            this.id = id;
        }

        static Variant of(String id) {
            for (Variant variant : values()) {
                if (variant.id.equals(id)) {
                    return variant;
                }
            }
            throw new IllegalArgumentException("unknown variant " + id);
        }
    }

    private final ExecutorService pool;
    private final int workers;
    private final Variant variant;
    private final SplittableRandom seeds;

    PiEstimator(ExecutorService pool, int workers, Variant variant, long seed) {
        this.pool = pool;
        this.workers = workers;
        this.variant = variant;
        this.seeds = new SplittableRandom(seed);
    }

    double estimate(long samples) throws InterruptedException, ExecutionException {
        Random shared = new Random(seeds.nextLong());
        List<Future<Long>> hits = new ArrayList<>(workers);
        for (int worker = 0; worker < workers; worker++) {
            long darts = share(samples, workers, worker);
            Random random = variant == Variant.SHARED_RANDOM ? shared : new Random(seeds.nextLong());
            hits.add(pool.submit(() -> countHits(random, darts)));
        }
        long inside = 0;
        for (Future<Long> hit : hits) {
            inside += hit.get();
        }
        return 4.0 * inside / samples;
    }

    /** The darts worker {@code worker} throws: an even split, the remainder going to the first ones. */
    static long share(long samples, int workers, int worker) {
        return samples / workers + (worker < samples % workers ? 1 : 0);
    }

    static long countHits(Random random, long darts) {
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

    /**
     * Six standard deviations of the estimate: 4·√(p(1−p)/n) with p = π/4. A correct estimator
     * falls outside this about once in 500 million estimates.
     */
    static double tolerance(long samples) {
        double p = Math.PI / 4;
        return 6 * 4 * Math.sqrt(p * (1 - p) / samples);
    }
}
