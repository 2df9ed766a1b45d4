package dev.perflab.experiments.ch03.growth;

import java.util.Arrays;

/**
 * A growable list of ints written by hand: an {@code int[]} that doubles when full. It starts with
 * ArrayList's 10 slots, so the two differ only in the growth factor (2 here, 1.5 there) and in
 * holding ints instead of references to boxes.
 */
final class IntList {

    static final int INITIAL_CAPACITY = 10;

    private int[] values = new int[INITIAL_CAPACITY];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, 2 * values.length);
        }
        values[size++] = value;
    }

    int get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        return values[index];
    }

    int size() {
        return size;
    }
}
