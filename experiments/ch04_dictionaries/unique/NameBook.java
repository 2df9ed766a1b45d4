package dev.perflab.experiments.ch04.unique;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded list of {@code n} first names of which exactly {@code uniqueCount} are distinct: every
 * distinct name once, then repeats of randomly chosen ones, all shuffled. Each repeat is a new
 * String, so finding it takes {@code equals}, never a cheap identity check.
 *
 * @param names the names to de-duplicate, in shuffled order
 * @param distinct the distinct names, each once: the answer any de-duplication must give
 */
record NameBook(List<String> names, List<String> distinct) {

    private static final int SHORTEST_NAME = 4;
    private static final int LONGEST_NAME = 9;

    NameBook {
        names = List.copyOf(names);
        distinct = List.copyOf(distinct);
    }

    static NameBook generate(int n, int uniqueCount, long seed) {
        if (uniqueCount < 1 || uniqueCount > n) {
            throw new IllegalArgumentException("need 1 ≤ unique names ≤ n, not " + uniqueCount + " of " + n);
        }
        Random random = new Random(seed);
        Set<String> seen = new HashSet<>();
        List<String> distinct = new ArrayList<>(uniqueCount);
        while (distinct.size() < uniqueCount) {
            String name = randomName(random);
            if (seen.add(name)) {
                distinct.add(name);
            }
        }
        List<String> names = new ArrayList<>(n);
        names.addAll(distinct);
        while (names.size() < n) {
            names.add(new String(distinct.get(random.nextInt(uniqueCount))));
        }
        Collections.shuffle(names, random);
        return new NameBook(names, distinct);
    }

    /** The distinct names {@code uniquePercent} % of n gives, at least one. */
    static int uniqueCount(int n, int uniquePercent) {
        return Math.max(1, (int) Math.round(n * (uniquePercent / 100.0)));
    }

    /** A capitalised name of 4 to 9 random letters: "Qbrtxk". */
    private static String randomName(Random random) {
        int length = SHORTEST_NAME + random.nextInt(LONGEST_NAME - SHORTEST_NAME + 1);
        char[] letters = new char[length];
        letters[0] = (char) ('A' + random.nextInt(26));
        for (int i = 1; i < length; i++) {
            letters[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(letters);
    }
}
