package dev.perflab.experiments.ch11.tokens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A reproducible vocabulary of distinct tokens shaped like a language's: stems of one to four
 * syllables, many with a prefix or an inflection (re·mako, mako·ing, un·mako·ness), some capitalised
 * as names are, a few numbers. Such tokens share beginnings and endings, which is what tries and
 * automata compress. Also makes tokens that are not in the vocabulary, for lookups that miss.
 */
public final class Vocabulary {

    private static final String CONSONANTS = "bcdfghjklmnprstvwz";
    private static final String VOWELS = "aeiou";
    private static final String[] PREFIXES = {"un", "re", "pre", "dis", "over", "mis", "anti", "sub"};
    private static final String[] SUFFIXES = {"s", "ed", "ing", "er", "ers", "ly", "ness", "ation", "able", "ist"};

    private Vocabulary() {}

    /** {@code size} distinct tokens, in the order they were drawn (unsorted), the same for the same seed. */
    public static List<String> tokens(long seed, int size) {
        Random random = new Random(seed);
        Set<String> seen = new HashSet<>(size * 2);
        List<String> tokens = new ArrayList<>(size);
        while (tokens.size() < size) {
            String token = token(random);
            if (seen.add(token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** {@code count} tokens drawn the same way that are not in {@code vocabulary}. */
    public static String[] absent(long seed, Set<String> vocabulary, int count) {
        Random random = new Random(seed);
        String[] missing = new String[count];
        int found = 0;
        while (found < count) {
            String token = token(random);
            if (!vocabulary.contains(token)) {
                missing[found++] = token;
            }
        }
        return missing;
    }

    /** A sorted copy of {@code tokens} in String order (UTF-16, the same as byte order for ASCII). */
    public static String[] sorted(List<String> tokens) {
        String[] sorted = tokens.toArray(String[]::new);
        Arrays.sort(sorted);
        return sorted;
    }

    private static String token(Random random) {
        int kind = random.nextInt(100);
        if (kind < 3) {
            return Integer.toString(random.nextInt(1_000_000));
        }
        StringBuilder token = new StringBuilder(16);
        if (random.nextInt(5) == 0) {
            token.append(PREFIXES[random.nextInt(PREFIXES.length)]);
        }
        int syllables = 1 + random.nextInt(4);
        for (int s = 0; s < syllables; s++) {
            token.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
            token.append(VOWELS.charAt(random.nextInt(VOWELS.length())));
            if (random.nextInt(4) == 0) {
                token.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
            }
        }
        if (random.nextInt(2) == 0) {
            token.append(SUFFIXES[random.nextInt(SUFFIXES.length)]);
        }
        if (kind < 13) {
            token.setCharAt(0, Character.toUpperCase(token.charAt(0)));
        }
        return token.toString();
    }
}
