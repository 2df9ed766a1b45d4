package dev.perflab.experiments.ch09.primes;

/**
 * A range of numbers cut into tasks of {@code chunkSize} numbers, as {@code Pool.map(..., chunksize)}
 * cuts its input: every chunk is full except perhaps the last, which holds what is left.
 *
 * @param rangeStart the first number of the range
 * @param rangeSize how many consecutive numbers the range holds
 * @param chunkSize numbers per task; larger than the range means one task holds it all
 */
record Chunks(long rangeStart, long rangeSize, int chunkSize) {

    /** Numbers {@code first} (inclusive) to {@code end} (exclusive): one task's share. */
    record Chunk(long first, long end) {

        long size() {
            return end - first;
        }
    }

    Chunks {
        if (rangeStart < 0 || rangeSize < 0 || chunkSize < 1) {
            throw new IllegalArgumentException(
                    "cannot cut " + rangeSize + " numbers from " + rangeStart + " into chunks of " + chunkSize);
        }
    }

    int count() {
        return Math.toIntExact(Math.ceilDiv(rangeSize, (long) chunkSize));
    }

    Chunk get(int index) {
        long first = rangeStart + (long) index * chunkSize;
        return new Chunk(first, Math.min(first + chunkSize, rangeStart + rangeSize));
    }
}
