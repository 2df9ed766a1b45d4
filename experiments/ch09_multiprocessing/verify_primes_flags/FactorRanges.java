package dev.perflab.experiments.ch09.verifyflags;

import java.util.ArrayList;
import java.util.List;

/**
 * The odd divisors 3, 5, … up to √n, cut into one contiguous range per worker, as the book's
 * {@code create_range} cuts them: a factor near the start of the whole range is found at once by
 * the first worker, one further up by a worker in the middle of its own range.
 */
final class FactorRanges {

    /** Odd divisors {@code first}, {@code first + 2}, … up to {@code last}, both odd. */
    record Range(long first, long last) {

        long divisors() {
            return first > last ? 0 : (last - first) / 2 + 1;
        }
    }

    private FactorRanges() {}

    static List<Range> split(long n, int workers) {
        long root = (long) Math.sqrt((double) n);
        while (root * root > n) {
            root--;
        }
        while ((root + 1) * (root + 1) <= n) {
            root++;
        }
        long last = root % 2 == 1 ? root : root - 1;
        long divisors = last < 3 ? 0 : (last - 3) / 2 + 1;
        List<Range> ranges = new ArrayList<>(workers);
        long done = 0;
        for (int worker = 0; worker < workers; worker++) {
            long share = divisors / workers + (worker < divisors % workers ? 1 : 0);
            long first = 3 + 2 * done;
            ranges.add(new Range(first, first + 2 * (share - 1)));
            done += share;
        }
        return ranges;
    }
}
