package dev.perflab.experiments.ch12.journey;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A generated English-like text: sentences of pseudo-words drawn from a vocabulary with Zipf's law
 * (the r-th most common word occurs about 1/r as often as the most common), as words do in real
 * text. Sentences start with a capital letter, some words are shouted in capitals, some followed by
 * a comma, each sentence ends with a full stop and a line break. The same seed gives the same file.
 *
 * <p>While writing, the generator counts every word it puts down, so the expected answer comes from
 * the generator itself, not from any of the steps it checks.
 */
public final class Corpus {

    private static final String CONSONANTS = "bcdfghjklmnprstvwz";
    private static final String VOWELS = "aeiou";

    private final String[] vocabulary;
    private final int[] counts;
    private final long words;

    private Corpus(String[] vocabulary, int[] counts, long words) {
        this.vocabulary = vocabulary;
        this.counts = counts;
        this.words = words;
    }

    /** Writes {@code words} words from a vocabulary of {@code vocabulary} words to {@code file}. */
    public static Corpus write(Path file, long seed, int words, int vocabulary) throws IOException {
        Random random = new Random(seed);
        String[] dictionary = pseudoWords(random, vocabulary);
        ZipfSampler sampler = new ZipfSampler(vocabulary);
        int[] counts = new int[vocabulary];
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            int left = words;
            StringBuilder line = new StringBuilder(256);
            while (left > 0) {
                int length = Math.min(left, 4 + random.nextInt(13));
                sentence(line, length, dictionary, sampler, counts, random);
                out.write(line.toString());
                left -= length;
            }
        }
        return new Corpus(dictionary, counts, words);
    }

    private static void sentence(
            StringBuilder line, int length, String[] dictionary, ZipfSampler sampler, int[] counts, Random random) {
        line.setLength(0);
        for (int i = 0; i < length; i++) {
            int rank = sampler.rank(random.nextDouble());
            counts[rank]++;
            String word = dictionary[rank];
            if (random.nextInt(100) == 0) {
                word = word.toUpperCase(Locale.ROOT);
            } else if (i == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            line.append(word);
            if (i == length - 1) {
                line.append(".\n");
            } else {
                line.append(random.nextInt(10) == 0 ? ", " : " ");
            }
        }
    }

    /** Distinct lower-case pseudo-words of one to four consonant-vowel syllables. */
    private static String[] pseudoWords(Random random, int vocabulary) {
        Set<String> seen = new HashSet<>(vocabulary * 2);
        List<String> words = new ArrayList<>(vocabulary);
        StringBuilder word = new StringBuilder();
        while (words.size() < vocabulary) {
            word.setLength(0);
            int syllables = 1 + random.nextInt(4);
            for (int s = 0; s < syllables; s++) {
                word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
                word.append(VOWELS.charAt(random.nextInt(VOWELS.length())));
            }
            String candidate = word.toString();
            if (seen.add(candidate)) {
                words.add(candidate);
            }
        }
        return words.toArray(String[]::new);
    }

    /** The answer every step must give: the counts the generator kept while writing. */
    public TopWords expected(int k) {
        List<WordCount> ranked = new ArrayList<>();
        for (int i = 0; i < vocabulary.length; i++) {
            if (counts[i] > 0) {
                ranked.add(new WordCount(vocabulary[i], counts[i]));
            }
        }
        ranked.sort(WordCount.RANKING);
        return TopWords.firstOf(ranked, k, words);
    }

    /** Draws word ranks with probability proportional to 1 / (rank + 1). */
    private static final class ZipfSampler {
        private final double[] cumulative;

        ZipfSampler(int size) {
            cumulative = new double[size];
            double sum = 0;
            for (int r = 0; r < size; r++) {
                sum += 1.0 / (r + 1);
                cumulative[r] = sum;
            }
            for (int r = 0; r < size; r++) {
                cumulative[r] /= sum;
            }
        }

        int rank(double uniform) {
            int low = 0;
            int high = cumulative.length - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cumulative[mid] < uniform) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
