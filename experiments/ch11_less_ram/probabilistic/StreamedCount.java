package dev.perflab.experiments.ch11.probabilistic;

import dev.perflab.experiments.ch11.heap.HeapFootprint;
import java.util.List;

/**
 * One structure after a whole stream of distinct items: its estimate, how far that is from the
 * truth, what it keeps alive, and whether the error stays within the bound its documentation gives.
 */
record StreamedCount(long items, double estimate, double standardError, long bytesUsed) {

    /**
     * How many standard errors an estimate may be off before the run calls it wrong: at fixed seeds
     * a correct structure stays well inside, and a broken one (a wrong hash, a wrong constant) does not.
     */
    static final double SIGMAS = 5;

    static StreamedCount of(Structure structure, int budgetBytes, long items) {
        return of(structure, budgetBytes, items, 0);
    }

    /**
     * Stream {@code stream} of several: items {@code stream}·2^40 onwards, so no two streams share
     * an item and each is an independent draw of the hash; stream 0 is the benchmark's.
     */
    static StreamedCount of(Structure structure, int budgetBytes, long items, int stream) {
        StreamCounter counter = stream(structure, budgetBytes, items, (long) stream << 40);
        Object kept = counter instanceof SketchHyperLogLog sketch ? sketch.sketch() : counter;
        return new StreamedCount(
                items, counter.estimate(), counter.standardError(items), HeapFootprint.bytesReachableFrom(kept));
    }

    /** Offers items 0, 1, … items − 1 to a new structure: {@code items} distinct items. */
    static StreamCounter stream(Structure structure, int budgetBytes, long items) {
        return stream(structure, budgetBytes, items, 0);
    }

    private static StreamCounter stream(Structure structure, int budgetBytes, long items, long first) {
        StreamCounter counter = structure.create(budgetBytes);
        for (long item = first; item < first + items; item++) {
            counter.offer(item);
        }
        return counter;
    }

    /** The root mean square of the relative errors: the spread a documented standard error describes. */
    static double rootMeanSquareError(List<StreamedCount> counts) {
        double squares = 0;
        for (StreamedCount count : counts) {
            squares += count.relativeError() * count.relativeError();
        }
        return Math.sqrt(squares / counts.size());
    }

    double relativeError() {
        return Math.abs(estimate - items) / items;
    }

    /**
     * Within {@link #SIGMAS} documented standard errors, or exact where the structure claims to be;
     * a structure past its capacity (an infinite standard error) promises nothing.
     */
    boolean withinDocumentedBound() {
        return relativeError() <= SIGMAS * standardError;
    }
}
