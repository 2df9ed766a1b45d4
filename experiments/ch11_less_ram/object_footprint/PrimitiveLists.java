package dev.perflab.experiments.ch11.footprint;

import java.util.Arrays;

/**
 * Growable lists of unboxed numbers, the primitive-collection counterpart of {@code ArrayList}: the
 * numbers sit in one {@code int[]} or {@code long[]} that grows by half again when full, as an
 * {@code ArrayList}'s backing array does, so the two differ only in what a slot holds. Written here
 * rather than taken from fastutil or Eclipse Collections: those jars (about 23 MB and 10 MB) would
 * ride in every fork's class path for two small classes.
 */
final class PrimitiveLists {

    /** {@code ArrayList}'s first capacity: both start alike and grow alike. */
    static final int FIRST_CAPACITY = 10;

    private PrimitiveLists() {}

    /** The capacity after growing from {@code capacity}: half again, as {@code ArrayList} grows. */
    static int grown(int capacity) {
        return Math.max(capacity + (capacity >> 1), FIRST_CAPACITY);
    }

    static final class IntList {
        private int[] numbers = new int[0];
        private int size;

        void add(int number) {
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, grown(numbers.length));
            }
            numbers[size++] = number;
        }

        int get(int index) {
            return numbers[index];
        }

        int size() {
            return size;
        }

        int capacity() {
            return numbers.length;
        }

        long sum() {
            long total = 0;
            for (int i = 0; i < size; i++) {
                total += numbers[i];
            }
            return total;
        }
    }

    static final class LongList {
        private long[] numbers = new long[0];
        private int size;

        void add(long number) {
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, grown(numbers.length));
            }
            numbers[size++] = number;
        }

        long get(int index) {
            return numbers[index];
        }

        int size() {
            return size;
        }

        int capacity() {
            return numbers.length;
        }

        long sum() {
            long total = 0;
            for (int i = 0; i < size; i++) {
                total += numbers[i];
            }
            return total;
        }
    }
}
