package dev.perflab.experiments.ch11.tokens;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

/**
 * The tokens a benchmark looks up: half of them in the vocabulary (fresh copies, so a lookup
 * compares characters rather than finding the very object it stored), half not, shuffled.
 */
final class Probes {

    private Probes() {}

    static String[] of(long seed, int vocabularySize, int lookups) {
        List<String> vocabulary = Vocabulary.tokens(seed, vocabularySize);
        Random random = new Random(seed + 1);
        List<String> probes = new ArrayList<>(lookups);
        int present = lookups / 2;
        for (int i = 0; i < present; i++) {
            String token = vocabulary.get(random.nextInt(vocabulary.size()));
            probes.add(new String(token.toCharArray()));
        }
        for (String token : Vocabulary.absent(seed + 2, new HashSet<>(vocabulary), lookups - present)) {
            probes.add(token);
        }
        Collections.shuffle(probes, random);
        return probes.toArray(String[]::new);
    }

    /** How many of {@link #of}'s probes are in the vocabulary. */
    static int presentOf(int lookups) {
        return lookups / 2;
    }
}
