package dev.perflab.experiments.ch09.locking;

/** Workers ready to count: each adds {@code increments} to one shared counter; the final count. */
sealed interface Counting extends AutoCloseable permits ThreadCounting, FileCounting {

    long count(int increments);

    @Override
    void close();

    static Counting open(CounterKind kind, int workers) {
        return kind.processes
                ? new FileCounting(workers, kind == CounterKind.FILE_LOCKED)
                : new ThreadCounting(workers, kind);
    }
}
