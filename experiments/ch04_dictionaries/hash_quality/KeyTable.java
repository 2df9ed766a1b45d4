package dev.perflab.experiments.ch04.hashquality;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A HashMap of {@code n} keys (ids 0..n−1, each mapped to its id) and the keys to look up: an equal
 * but distinct copy of every key, in a seeded random order, so that a lookup must call
 * {@code equals} (and {@code compareTo}) as a lookup by a key built elsewhere does.
 */
final class KeyTable {

    private final Map<Key, Integer> map;
    private final Key[] probes;

    KeyTable(int n, HashQuality quality, Key.Kind kind, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, not " + n);
        }
        map = new HashMap<>();
        for (int id = 0; id < n; id++) {
            map.put(kind.of(id, quality), id);
        }
        int[] order = shuffledIds(n, seed);
        probes = new Key[n];
        for (int i = 0; i < n; i++) {
            probes[i] = kind.of(order[i], quality);
        }
    }

    int size() {
        return map.size();
    }

    /** Probes cycle: probe {@code i} is a copy of a stored key, every key once per {@link #size()} probes. */
    Key probe(int i) {
        return probes[i];
    }

    /** The id stored for {@code key}, or −1 when the map does not find it. */
    int lookup(Key key) {
        Integer found = map.get(key);
        return found == null ? -1 : found;
    }

    /** 0..n−1 shuffled by Fisher–Yates with a seeded generator: the same order on every run. */
    static int[] shuffledIds(int n, long seed) {
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = ids[i];
            ids[i] = ids[j];
            ids[j] = swap;
        }
        return ids;
    }
}
