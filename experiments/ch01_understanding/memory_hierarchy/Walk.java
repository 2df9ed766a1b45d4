package dev.perflab.experiments.ch01.memoryhierarchy;

/**
 * A walk through a working set that goes on where the last call stopped, so consecutive calls
 * cover the whole set rather than its first few lines. {@link #advance} makes exactly the given
 * number of loads; {@link #check} fails if what it computed differs from the independent answer.
 */
sealed interface Walk {

    /** Makes exactly {@code loads} loads; returns what they computed, for JMH to consume. */
    long advance(int loads);

    void check();

    /** Follows a cycle; the answer is the slot reached, known from the cycle's visiting order. */
    final class Chase implements Walk {
        private final Cycle cycle;
        private int slot;
        private long steps;

        Chase(Cycle cycle) {
            this.cycle = cycle;
            this.slot = cycle.start();
        }

        @Override
        public long advance(int loads) {
            slot = cycle.chase(slot, loads);
            steps += loads;
            return slot;
        }

        @Override
        public void check() {
            int expected = cycle.slotAfter(steps);
            if (slot != expected) {
                throw new IllegalStateException("after " + steps + " loads the chase is at slot " + slot
                        + ", but the cycle's order says " + expected + ": the cycle is broken");
            }
        }
    }

    /** Adds up the next {@code loads} ints in address order, wrapping at the end; slot i holds i. */
    final class Scan implements Walk {
        private final int[] values;
        private int position;
        private int lastFrom;
        private int lastLoads;
        private long lastSum;

        private Scan(int[] values) {
            this.values = values;
        }

        static Scan over(int slots) {
            int[] values = new int[slots];
            for (int i = 0; i < slots; i++) {
                values[i] = i;
            }
            return new Scan(values);
        }

        @Override
        public long advance(int loads) {
            int[] array = values;
            int from = position;
            int at = from;
            int left = loads;
            // A long sum: C2 in JDK 25 vectorises it, and not the same loop with an int sum.
            long sum = 0;
            while (left > 0) {
                int end = Math.min(array.length, at + left);
                // A plain counted loop: the JIT may unroll and vectorise it, as it would in real code.
                for (int k = at; k < end; k++) {
                    sum += array[k];
                }
                left -= end - at;
                at = end == array.length ? 0 : end;
            }
            position = at;
            lastFrom = from;
            lastLoads = loads;
            lastSum = sum;
            return sum;
        }

        @Override
        public void check() {
            long expected = expectedSum(lastFrom, lastLoads, values.length);
            if (lastSum != expected) {
                throw new IllegalStateException("summing " + lastLoads + " ints from slot " + lastFrom + " gave "
                        + lastSum + ", not " + expected);
            }
        }

        /** The sum of {@code loads} slots from {@code from}, wrapping, when slot i holds i: by formula. */
        static long expectedSum(int from, int loads, int slots) {
            long total = 0;
            long start = from;
            long left = loads;
            while (left > 0) {
                long end = Math.min(slots, start + left);
                total += end * (end - 1) / 2 - start * (start - 1) / 2;
                left -= end - start;
                start = 0;
            }
            return total;
        }
    }
}
