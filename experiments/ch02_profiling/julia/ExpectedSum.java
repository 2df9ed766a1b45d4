package dev.perflab.experiments.ch02.julia;

import java.util.function.LongSupplier;

/**
 * The sum of iteration counts a correct Julia program must produce, and the check a benchmark runs
 * on its answer: a fast wrong answer is not a result.
 *
 * @param value the expected sum
 * @param source where the figure comes from, for the failure message
 */
public record ExpectedSum(long value, String source) {

    /**
     * The book's figure for the book's run; for any other run there is no published figure, so the
     * sum {@code crossCheck} computes with another, independently written program.
     */
    public static ExpectedSum of(int width, int maxIterations, LongSupplier crossCheck) {
        return JuliaSet.isBookRun(width, maxIterations)
                ? new ExpectedSum(JuliaSet.BOOK_SUM, "the book's checksum")
                : new ExpectedSum(crossCheck.getAsLong(), "the cross-check's sum");
    }

    /** Throws, failing the run, when {@code sum} is not the expected one; {@code what} names the program. */
    public void check(long sum, String what) {
        if (sum != value) {
            throw new IllegalStateException(
                    what + " summed its iteration counts to " + sum + ", not " + value + " (" + source + ")");
        }
    }
}
