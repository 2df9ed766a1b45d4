package dev.perflab.experiments.ch12.journey;

import java.util.List;

/**
 * What every step of the journey computes from a corpus: its {@code k} most frequent words in
 * {@link WordCount#RANKING} order, how many words it has and how many of them are distinct. A word
 * is a maximal run of ASCII letters, compared without case.
 */
public record TopWords(List<WordCount> top, long words, int distinct) {

    public TopWords {
        top = List.copyOf(top);
    }

    /** The first {@code k} of {@code ranked}, which must already be in ranking order. */
    static TopWords firstOf(List<WordCount> ranked, int k, long words) {
        return new TopWords(ranked.subList(0, Math.min(k, ranked.size())), words, ranked.size());
    }
}
