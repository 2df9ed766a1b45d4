package dev.perflab.experiments.ch12.journey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/** The first three steps: the whole text as one String, and a {@code HashMap} keyed by String. */
final class MapCounting {

    private MapCounting() {}

    /** Step 1, as a first version is written: lower-case, split on a regular expression, box every count. */
    static TopWords naive(Path corpus, int k) throws IOException {
        String text = Files.readString(corpus, StandardCharsets.US_ASCII);
        String[] tokens = text.toLowerCase(Locale.ROOT).split("[^a-z]+");
        Map<String, Integer> counts = new HashMap<>();
        long words = 0;
        for (String token : tokens) {
            if (!token.isEmpty()) {
                counts.put(token, counts.getOrDefault(token, 0) + 1);
                words++;
            }
        }
        return ranked(counts, Integer::intValue, k, words);
    }

    /** Step 2: one pass over the characters instead of a lower-cased copy and a regex split. */
    static TopWords tokenizer(Path corpus, int k) throws IOException {
        String text = Files.readString(corpus, StandardCharsets.US_ASCII);
        Map<String, Integer> counts = new HashMap<>();
        long words = 0;
        char[] word = new char[64];
        int length = 0;
        for (int i = 0, n = text.length(); i <= n; i++) {
            int letter = i < n ? Letters.lowerLetter(text.charAt(i)) : -1;
            if (letter >= 0) {
                if (length == word.length) {
                    word = Arrays.copyOf(word, length * 2);
                }
                word[length++] = (char) letter;
            } else if (length > 0) {
                counts.merge(new String(word, 0, length), 1, Integer::sum);
                words++;
                length = 0;
            }
        }
        return ranked(counts, Integer::intValue, k, words);
    }

    /** Step 3: step 2 with a mutable counter per word, so a count no longer allocates a new box. */
    static TopWords mutableCounters(Path corpus, int k) throws IOException {
        String text = Files.readString(corpus, StandardCharsets.US_ASCII);
        Map<String, Counter> counts = new HashMap<>();
        long words = 0;
        char[] word = new char[64];
        int length = 0;
        for (int i = 0, n = text.length(); i <= n; i++) {
            int letter = i < n ? Letters.lowerLetter(text.charAt(i)) : -1;
            if (letter >= 0) {
                if (length == word.length) {
                    word = Arrays.copyOf(word, length * 2);
                }
                word[length++] = (char) letter;
            } else if (length > 0) {
                String key = new String(word, 0, length);
                Counter counter = counts.get(key);
                if (counter == null) {
                    counter = new Counter();
                    counts.put(key, counter);
                }
                counter.value++;
                words++;
                length = 0;
            }
        }
        return ranked(counts, counter -> counter.value, k, words);
    }

    /** Every word with its count, sorted: all three steps rank by sorting every distinct word. */
    private static <V> TopWords ranked(Map<String, V> counts, ToIntFunction<V> count, int k, long words) {
        List<WordCount> ranked = new ArrayList<>(counts.size());
        for (Map.Entry<String, V> entry : counts.entrySet()) {
            ranked.add(new WordCount(entry.getKey(), count.applyAsInt(entry.getValue())));
        }
        ranked.sort(WordCount.RANKING);
        return TopWords.firstOf(ranked, k, words);
    }

    private static final class Counter {
        int value;
    }
}
