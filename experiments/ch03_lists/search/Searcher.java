package dev.perflab.experiments.ch03.search;

import java.util.Arrays;
import java.util.Set;

/** Answers "is this key among the values?" one way. */
sealed interface Searcher {

    boolean contains(int key);

    /** How many of the keys {@code [from, to)} are present. */
    default int found(Keys keys, int from, int to) {
        int found = 0;
        int[] values = keys.values();
        for (int k = from; k < to; k++) {
            if (contains(values[k])) {
                found++;
            }
        }
        return found;
    }

    /** Keys to look up; {@code boxed} holds the same keys as {@code Integer}s, made before any timing. */
    record Keys(int[] values, Integer[] boxed) {
        static Keys of(int[] values) {
            Integer[] boxed = new Integer[values.length];
            for (int k = 0; k < values.length; k++) {
                boxed[k] = values[k];
            }
            return new Keys(values, boxed);
        }
    }

    record Linear(int[] values) implements Searcher {
        @Override
        public boolean contains(int key) {
            for (int value : values) {
                if (value == key) {
                    return true;
                }
            }
            return false;
        }
    }

    record Binary(int[] values) implements Searcher {
        @Override
        public boolean contains(int key) {
            return Arrays.binarySearch(values, key) >= 0;
        }
    }

    record Hash(Set<Integer> set) implements Searcher {
        @Override
        public boolean contains(int key) {
            return set.contains(key);
        }

        /** Looks up keys boxed in advance, so the time is the set's and not the boxing of the key. */
        @Override
        public int found(Keys keys, int from, int to) {
            int found = 0;
            Integer[] boxed = keys.boxed();
            for (int k = from; k < to; k++) {
                if (set.contains(boxed[k])) {
                    found++;
                }
            }
            return found;
        }
    }
}
