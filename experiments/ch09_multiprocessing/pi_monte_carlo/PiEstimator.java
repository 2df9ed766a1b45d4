package dev.perflab.experiments.ch09.pi;

import dev.perflab.experiments.ch09.processpool.ProcessPool;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Estimates π from darts thrown at the unit square: the share landing inside the quarter circle
 * tends to π/4. The darts are split evenly over {@code workers} tasks, one per worker, on a pool of
 * threads or, for {@link Variant#PROCESS_POOL}, of worker processes.
 */
final class PiEstimator {

    /** How the workers throw their darts, and where they run. */
    enum Variant {
        /** Every thread draws from one {@link Random}, whose seed is a contended atomic. */
        SHARED_RANDOM("shared-random"),
        /** Every thread has its own {@link Random}: no state shared while throwing. */
        THREAD_LOCAL_RANDOM("thread-local-random"),
        /** Every thread has its own {@link SplittableRandom}: a plain long as state, no atomic. */
        SPLITTABLE_RANDOM("splittable-random"),
        /** The same darts as {@code splittable-random}, in blocks of primitive arrays, numpy-style. */
        VECTORISED("vectorised"),
        /** As {@code thread-local-random}, each worker a separate JVM: the book's process pool. */
        PROCESS_POOL("process-pool");

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

    /**
     * One estimate: every worker's seed, in worker order, and the hits they counted together.
     * With the seeds, every variant but {@code shared-random} counts the same hits again.
     */
    record Estimate(long samples, long[] seeds, long hits) {

        double pi() {
            return 4.0 * hits / samples;
        }
    }

    private final int workers;
    private final Variant variant;
    private final SplittableRandom seeds;
    private final ExecutorService threads;
    private final ProcessPool processes;

    private PiEstimator(int workers, Variant variant, long seed, ExecutorService threads, ProcessPool processes) {
        this.workers = workers;
        this.variant = variant;
        this.seeds = new SplittableRandom(seed);
        this.threads = threads;
        this.processes = processes;
    }

    static PiEstimator onThreads(ExecutorService threads, int workers, Variant variant, long seed) {
        if (variant == Variant.PROCESS_POOL) {
            throw new IllegalArgumentException("the process-pool variant runs on a ProcessPool, not on threads");
        }
        return new PiEstimator(workers, variant, seed, Objects.requireNonNull(threads), null);
    }

    static PiEstimator onProcesses(ProcessPool processes, long seed) {
        return new PiEstimator(processes.size(), Variant.PROCESS_POOL, seed, null, processes);
    }

    Estimate estimate(long samples) throws InterruptedException, ExecutionException {
        long[] workerSeeds = new long[workers];
        for (int worker = 0; worker < workers; worker++) {
            workerSeeds[worker] = seeds.nextLong();
        }
        long hits =
                variant == Variant.PROCESS_POOL ? inProcesses(workerSeeds, samples) : onThreads(workerSeeds, samples);
        return new Estimate(samples, workerSeeds, hits);
    }

    private long onThreads(long[] workerSeeds, long samples) throws InterruptedException, ExecutionException {
        Random shared = new Random(workerSeeds[0]);
        List<Future<Long>> hits = new ArrayList<>(workers);
        for (int worker = 0; worker < workers; worker++) {
            long seed = workerSeeds[worker];
            long darts = share(samples, workers, worker);
            hits.add(threads.submit(() ->
                    variant == Variant.SHARED_RANDOM ? Darts.countHits(shared, darts) : hits(variant, seed, darts)));
        }
        long inside = 0;
        for (Future<Long> hit : hits) {
            inside += hit.get();
        }
        return inside;
    }

    private long inProcesses(long[] workerSeeds, long samples) {
        List<long[]> tasks = new ArrayList<>(workers);
        for (int worker = 0; worker < workers; worker++) {
            tasks.add(new long[] {workerSeeds[worker], share(samples, workers, worker)});
        }
        long inside = 0;
        for (long[] result : processes.map(DartsTask.class, tasks)) {
            inside += result[0];
        }
        return inside;
    }

    /** One worker's hits with its own generator; {@code shared-random} has none of its own. */
    static long hits(Variant variant, long seed, long darts) {
        return switch (variant) {
            case THREAD_LOCAL_RANDOM, PROCESS_POOL -> Darts.randomHits(seed, darts);
            case SPLITTABLE_RANDOM -> Darts.splittableHits(seed, darts);
            case VECTORISED -> Darts.blockHits(seed, darts);
            case SHARED_RANDOM ->
                throw new IllegalArgumentException("shared-random's darts depend on how the threads interleave");
        };
    }

    /** The hits {@code estimate} counted, counted again on this thread, worker after worker. */
    static long replay(Variant variant, Estimate estimate) {
        long[] workerSeeds = estimate.seeds();
        long inside = 0;
        for (int worker = 0; worker < workerSeeds.length; worker++) {
            inside += hits(variant, workerSeeds[worker], share(estimate.samples(), workerSeeds.length, worker));
        }
        return inside;
    }

    /** The darts worker {@code worker} throws: an even split, the remainder going to the first ones. */
    static long share(long samples, int workers, int worker) {
        return samples / workers + (worker < samples % workers ? 1 : 0);
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
