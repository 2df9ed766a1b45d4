package dev.perflab.experiments.ch11.probabilistic;

/**
 * Reads a stream of items and estimates how many it has seen: a {@link MorrisCounter} counts
 * every item, the others count distinct items. The experiment's streams hold no repeats, so both
 * have the same truth: the number of items.
 */
interface StreamCounter {

    void offer(long item);

    double estimate();

    /**
     * The relative standard error its documentation gives for an estimate of {@code truth} items, as
     * a fraction (0.0163 for 1.63 %); 0 where the estimate is exact.
     */
    double standardError(long truth);
}
