package dev.perflab.experiments.ch12.journey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Steps 4 and 5: the whole text as one String, counted into a {@link WordTable}. */
final class TableCounting {

    private TableCounting() {}

    /** Step 4: a table of primitive counts, with words looked up from the bytes they were read into. */
    static TopWords primitiveMap(Path corpus, int k) throws IOException {
        return countText(corpus).rankedBySorting(k);
    }

    /** Step 5: step 4 with the top k kept in a heap instead of sorting every distinct word. */
    static TopWords topKHeap(Path corpus, int k) throws IOException {
        return countText(corpus).rankedByHeap(k);
    }

    private static WordTable countText(Path corpus) throws IOException {
        String text = Files.readString(corpus, StandardCharsets.US_ASCII);
        WordTable table = new WordTable();
        countChars(text, 0, text.length(), table);
        return table;
    }

    /**
     * Counts the words that start in {@code [from, to)} of {@code text}; a word running past
     * {@code to} is read to its end. The caller starts {@code from} outside a word.
     */
    static void countChars(String text, int from, int to, WordTable table) {
        byte[] word = new byte[64];
        int length = 0;
        int hash = 0;
        int n = text.length();
        for (int i = from; i < n; i++) {
            int letter = Letters.lowerLetter(text.charAt(i));
            if (letter >= 0) {
                if (length == word.length) {
                    word = Arrays.copyOf(word, length * 2);
                }
                word[length++] = (byte) letter;
                hash = WordTable.hashStep(hash, letter);
            } else {
                if (length > 0) {
                    table.increment(word, length, hash);
                    length = 0;
                    hash = 0;
                }
                if (i >= to) {
                    return;
                }
            }
        }
        if (length > 0) {
            table.increment(word, length, hash);
        }
    }
}
