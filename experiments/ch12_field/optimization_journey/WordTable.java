package dev.perflab.experiments.ch12.journey;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word counts without an object per word: an open-addressing hash table of int slots, the words'
 * bytes packed one after another in one arena, their hashes, offsets, lengths and counts in int
 * arrays. A word is looked up straight from the bytes it was read into; a String is made only for
 * the words reported.
 */
final class WordTable {

    private static final int MAX_LOAD_PERCENT = 60;

    /** Entry index + 1 per slot; 0 marks an empty slot. */
    private int[] slots;

    private int mask;
    private byte[] arena = new byte[1 << 16];
    private int arenaUsed;
    private int[] hashes = new int[1024];
    private int[] offsets = new int[1024];
    private int[] lengths = new int[1024];
    private int[] counts = new int[1024];
    private int size;
    private long words;

    WordTable() {
        slots = new int[1 << 12];
        mask = slots.length - 1;
    }

    /** The hash the table expects for a word: 31·h + byte over its lower-case bytes, as String's. */
    static int hashStep(int hash, int lowerByte) {
        return 31 * hash + lowerByte;
    }

    void increment(byte[] word, int length, int hash) {
        add(word, 0, length, hash, 1);
    }

    void add(byte[] word, int from, int length, int hash, int count) {
        words += count;
        int slot = spread(hash) & mask;
        while (true) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                slots[slot] = insert(word, from, length, hash, count) + 1;
                if (size * 100 > slots.length * MAX_LOAD_PERCENT) {
                    grow();
                }
                return;
            }
            if (hashes[entry] == hash
                    && Arrays.equals(
                            arena, offsets[entry], offsets[entry] + lengths[entry], word, from, from + length)) {
                counts[entry] += count;
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Adds every word of {@code other} with its count: how per-thread tables are merged. */
    void addAll(WordTable other) {
        for (int e = 0; e < other.size; e++) {
            add(other.arena, other.offsets[e], other.lengths[e], other.hashes[e], other.counts[e]);
        }
    }

    int size() {
        return size;
    }

    long words() {
        return words;
    }

    /** Every word with its count, ranked by sorting them all. */
    TopWords rankedBySorting(int k) {
        List<WordCount> ranked = new ArrayList<>(size);
        for (int e = 0; e < size; e++) {
            ranked.add(new WordCount(word(e), counts[e]));
        }
        ranked.sort(WordCount.RANKING);
        return TopWords.firstOf(ranked, k, words);
    }

    /** The top {@code k} through a min-heap of k entries: one pass, no String for the others. */
    TopWords rankedByHeap(int k) {
        int[] heap = new int[Math.min(k, size)];
        int held = 0;
        for (int e = 0; e < size; e++) {
            if (held < heap.length) {
                heap[held] = e;
                siftUp(heap, held++);
            } else if (heap.length > 0 && ranksAbove(e, heap[0])) {
                heap[0] = e;
                siftDown(heap, held);
            }
        }
        List<WordCount> top = new ArrayList<>(held);
        for (int i = 0; i < held; i++) {
            top.add(new WordCount(word(heap[i]), counts[heap[i]]));
        }
        top.sort(WordCount.RANKING);
        return new TopWords(top, words, size);
    }

    /** Whether entry {@code a} comes before {@code b} in {@link WordCount#RANKING}. */
    private boolean ranksAbove(int a, int b) {
        if (counts[a] != counts[b]) {
            return counts[a] > counts[b];
        }
        return Arrays.compareUnsigned(
                        arena, offsets[a], offsets[a] + lengths[a], arena, offsets[b], offsets[b] + lengths[b])
                < 0;
    }

    // The heap keeps the lowest-ranked of the k best at its root, to be replaced by a better word.
    private void siftUp(int[] heap, int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!ranksAbove(heap[parent], heap[at])) {
                return;
            }
            swap(heap, parent, at);
            at = parent;
        }
    }

    private void siftDown(int[] heap, int held) {
        int at = 0;
        while (true) {
            int lowest = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < held; child++) {
                if (ranksAbove(heap[lowest], heap[child])) {
                    lowest = child;
                }
            }
            if (lowest == at) {
                return;
            }
            swap(heap, at, lowest);
            at = lowest;
        }
    }

    private static void swap(int[] heap, int i, int j) {
        int kept = heap[i];
        heap[i] = heap[j];
        heap[j] = kept;
    }

    private String word(int entry) {
        return new String(arena, offsets[entry], lengths[entry], StandardCharsets.US_ASCII);
    }

    private int insert(byte[] word, int from, int length, int hash, int count) {
        if (size == counts.length) {
            int capacity = size * 2;
            hashes = Arrays.copyOf(hashes, capacity);
            offsets = Arrays.copyOf(offsets, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            counts = Arrays.copyOf(counts, capacity);
        }
        if (arenaUsed + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + length));
        }
        System.arraycopy(word, from, arena, arenaUsed, length);
        hashes[size] = hash;
        offsets[size] = arenaUsed;
        lengths[size] = length;
        counts[size] = count;
        arenaUsed += length;
        return size++;
    }

    private void grow() {
        slots = new int[slots.length * 2];
        mask = slots.length - 1;
        for (int e = 0; e < size; e++) {
            int slot = spread(hashes[e]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = e + 1;
        }
    }

    /** Multiplicative mixing so that similar words' hashes spread over the whole table. */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }
}
