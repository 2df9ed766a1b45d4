package dev.perflab.experiments.ch09.pi;

import dev.perflab.experiments.ch09.processpool.ProcessTask;

/**
 * One worker's share of an estimate, run in a worker process: {@code {seed, darts}} → {@code
 * {hits}}, thrown exactly as a thread of the {@code thread-local-random} variant throws them, so the
 * two variants count the same hits for the same seeds.
 */
public final class DartsTask implements ProcessTask {

    @Override
    public long[] apply(long[] args) {
        return new long[] {Darts.randomHits(args[0], args[1])};
    }
}
