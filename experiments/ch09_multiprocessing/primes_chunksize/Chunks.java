package dev.perflab.experiments.ch09.primes;

/**
 * A range of numbers cut into tasks, either as {@code Pool.map(..., chunksize)} cuts its input
 * ({@link OfSize}: tasks of a given size) or into a given number of tasks ({@link Evenly}), the
 * book's other axis. Either way the chunks cover the range in order, without gaps or overlaps.
 */
sealed interface Chunks permits Chunks.OfSize, Chunks.Evenly {

    /** Numbers {@code first} (inclusive) to {@code end} (exclusive): one task's share. */
    record Chunk(long first, long end) {

        long size() {
            return end - first;
        }
    }

    int count();

    Chunk get(int index);

    /**
     * Tasks of {@code chunkSize} numbers: every chunk is full except perhaps the last, which holds
     * what is left; larger than the range means one task holds it all.
     */
    record OfSize(long rangeStart, long rangeSize, int chunkSize) implements Chunks {

        public OfSize {
            if (rangeStart < 0 || rangeSize < 0 || chunkSize < 1) {
                throw new IllegalArgumentException(
                        "cannot cut " + rangeSize + " numbers from " + rangeStart + " into chunks of " + chunkSize);
            }
        }

        @Override
        public int count() {
            return Math.toIntExact(Math.ceilDiv(rangeSize, (long) chunkSize));
        }

        @Override
        public Chunk get(int index) {
            long first = rangeStart + (long) index * chunkSize;
            return new Chunk(first, Math.min(first + chunkSize, rangeStart + rangeSize));
        }
    }

    /**
     * Exactly {@code count} tasks whose sizes differ by at most one: chunk i starts at
     * rangeStart + ⌊i · rangeSize ÷ count⌋.
     */
    record Evenly(long rangeStart, long rangeSize, int count) implements Chunks {

        public Evenly {
            if (rangeStart < 0 || rangeSize < 1 || count < 1 || count > rangeSize) {
                throw new IllegalArgumentException("cannot cut " + rangeSize + " numbers from " + rangeStart + " into "
                        + count + " chunks: every chunk needs at least one number");
            }
        }

        @Override
        public Chunk get(int index) {
            return new Chunk(boundary(index), boundary(index + 1));
        }

        private long boundary(int index) {
            // rangeSize ≤ 2·10⁶ and index ≤ count ≤ rangeSize: the product stays far below 2⁶³.
            return rangeStart + Math.multiplyExact(rangeSize, (long) index) / count;
        }
    }
}
