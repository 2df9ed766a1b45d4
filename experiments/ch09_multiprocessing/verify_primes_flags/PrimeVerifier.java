package dev.perflab.experiments.ch09.verifyflags;

import java.util.List;

/** Decides whether one number is prime with its factor range split over workers. */
sealed interface PrimeVerifier extends AutoCloseable permits ThreadVerifier, ProcessVerifier {

    Verification verify(long n);

    @Override
    void close();

    /** Workers ready to verify: threads sharing a flag of this kind, or worker processes for mmap. */
    static PrimeVerifier open(FlagKind kind, int workers, int checkEvery) {
        return switch (kind) {
            case NONE -> new ThreadVerifier(workers, checkEvery, new StopFlag.None());
            case VOLATILE -> new ThreadVerifier(workers, checkEvery, new StopFlag.Volatile());
            case LOCK -> new ThreadVerifier(workers, checkEvery, new StopFlag.Locked());
            case TCP -> new ThreadVerifier(workers, checkEvery, new TcpFlag(workers));
            case MMAP -> new ProcessVerifier(workers, checkEvery);
        };
    }

    /** The verdict from every worker's answer: the first factor found, else prime. */
    static Verdict combine(long n, List<Long> factors) {
        for (long factor : factors) {
            if (factor != 0) {
                return new Verdict(n, factor);
            }
        }
        return new Verdict(n, 0);
    }
}
