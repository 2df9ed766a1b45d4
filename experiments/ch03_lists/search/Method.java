package dev.perflab.experiments.ch03.search;

import java.util.HashSet;
import java.util.Set;

/**
 * The ways to find a key among the haystack's values: the value of the {@code variant} param.
 * Each builds its searcher from the same haystack; all must give the same answers.
 */
enum Method {
    /** The book's {@code linear_search}: compare with every value in order, stop at the first match. */
    LINEAR("linear"),
    /** {@code Arrays.binarySearch} on the sorted values: halve the range each step. */
    BINARY("binary"),
    /** {@code HashSet<Integer>.contains}: hash the key, look in one bucket. */
    HASH("hash");

    final String id;

    Method(String id) {
        this.id = id;
    }

    static Method of(String id) {
        for (Method method : values()) {
            if (method.id.equals(id)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown variant " + id);
    }

    Searcher over(Haystack haystack) {
        return switch (this) {
            case LINEAR -> new Searcher.Linear(haystack.values());
            case BINARY -> new Searcher.Binary(haystack.values());
            case HASH -> new Searcher.Hash(hashed(haystack.values()));
        };
    }

    // Presized so that building it never rehashes; the set is built once per fork, not timed.
    private static Set<Integer> hashed(int[] values) {
        Set<Integer> set = HashSet.newHashSet(values.length);
        for (int value : values) {
            set.add(value);
        }
        return set;
    }
}
