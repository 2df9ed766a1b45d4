package dev.perflab.experiments.ch12.journey;

import java.util.Comparator;

/** One word of the corpus and how many times it occurs. */
public record WordCount(String word, int count) {

    /** Most frequent first; words of equal count in alphabetical order, so the top k is unique. */
    public static final Comparator<WordCount> RANKING =
            Comparator.comparingInt(WordCount::count).reversed().thenComparing(WordCount::word);
}
