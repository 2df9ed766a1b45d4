package dev.perflab.experiments.ch04.unique;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Ways to keep each distinct name once: the only thing the {@code method} param changes. */
enum Deduplication {
    /**
     * The book's {@code list_unique_names}: before adding a name, scan the names kept so far for it.
     * Each scan is as long as the list of distinct names, so n names cost O(n · unique) comparisons.
     */
    LIST_SCAN("list-scan") {
        @Override
        Collection<String> unique(List<String> names) {
            List<String> kept = new ArrayList<>();
            for (String name : names) {
                if (!kept.contains(name)) {
                    kept.add(name);
                }
            }
            return kept;
        }
    },
    /** The book's {@code set_unique_names}: add every name to a hash set, which keeps one of each. */
    HASH_SET("hash-set") {
        @Override
        Collection<String> unique(List<String> names) {
            Set<String> kept = new HashSet<>();
            for (String name : names) {
                kept.add(name);
            }
            return kept;
        }
    };

    final String id;

    Deduplication(String id) {
        this.id = id;
    }

    abstract Collection<String> unique(List<String> names);

    static Deduplication of(String id) {
        for (Deduplication method : values()) {
            if (method.id.equals(id)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown method " + id);
    }
}
