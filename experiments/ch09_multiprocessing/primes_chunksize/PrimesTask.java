package dev.perflab.experiments.ch09.primes;

import dev.perflab.experiments.ch09.processpool.ProcessTask;

/**
 * One chunk's primes, counted in a worker process: {@code {first, end}} → {@code {primes}}, by the
 * same trial division a thread of the pool runs.
 */
public final class PrimesTask implements ProcessTask {

    @Override
    public long[] apply(long[] args) {
        return new long[] {TrialDivision.countPrimes(new Chunks.Chunk(args[0], args[1]))};
    }
}
