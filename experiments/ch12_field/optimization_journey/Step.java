package dev.perflab.experiments.ch12.journey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

/** The steps of the journey, in the order they were taken; each gives the same {@link TopWords}. */
public enum Step {
    NAIVE("naive"),
    TOKENIZER("tokenizer"),
    MUTABLE_COUNTERS("mutable-counters"),
    PRIMITIVE_MAP("primitive-map"),
    TOP_K_HEAP("top-k-heap"),
    PARALLEL("parallel"),
    BYTE_STREAMING("byte-streaming");

    /** Counts a corpus file and ranks its words. */
    @FunctionalInterface
    public interface WordCounter {
        TopWords count(Path corpus, int k) throws IOException;
    }

    private final String value;

    Step(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Step of(String value) {
        for (Step step : values()) {
            if (step.value.equals(value)) {
                return step;
            }
        }
        throw new IllegalArgumentException("unknown step '" + value + "'");
    }

    /** This step's counter; the last two split the work between {@code threads} threads of {@code pool}. */
    public WordCounter counter(ExecutorService pool, int threads) {
        ParallelCounting parallel = new ParallelCounting(pool, threads);
        return switch (this) {
            case NAIVE -> MapCounting::naive;
            case TOKENIZER -> MapCounting::tokenizer;
            case MUTABLE_COUNTERS -> MapCounting::mutableCounters;
            case PRIMITIVE_MAP -> TableCounting::primitiveMap;
            case TOP_K_HEAP -> TableCounting::topKHeap;
            case PARALLEL -> parallel::parallel;
            case BYTE_STREAMING -> parallel::byteStreaming;
        };
    }
}
