package dev.perflab.experiments.ch12.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OptimizationJourneyTest {

    private static ExecutorService pool;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(8);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void everyStepRanksAHandWrittenTextAlike(Step step) throws IOException {
        Path text = dir.resolve("text.txt");
        Files.writeString(text, "The cat, the CAT.\nA dog saw the cat; a Dog-cat?\n  zebra", StandardCharsets.US_ASCII);

        TopWords top = step.counter(pool, 3).count(text, 3);

        assertThat(top.top()).containsExactly(new WordCount("cat", 4), new WordCount("the", 3), new WordCount("a", 2));
        assertThat(top.words()).isEqualTo(13);
        assertThat(top.distinct()).isEqualTo(6);
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void everyStepGivesTheGeneratorsCountsOfAZipfCorpus(Step step) throws IOException {
        Path file = dir.resolve("corpus.txt");
        Corpus corpus = Corpus.write(file, 7, 200_000, 5_000);

        for (int threads : new int[] {1, 2, 3, 8}) {
            assertThat(step.counter(pool, threads).count(file, 25))
                    .as("%s with %d threads", step, threads)
                    .isEqualTo(corpus.expected(25));
        }
    }

    @Test
    void byteStreamingCountsWordsCutByItsBufferAndStretchEdges() throws IOException {
        Path file = dir.resolve("corpus.txt");
        Corpus corpus = Corpus.write(file, 11, 150_000, 300);
        long size = Files.size(file);
        assertThat(size).isGreaterThan(3L * ByteStretch.BUFFER_BYTES);

        assertThat(Step.BYTE_STREAMING.counter(pool, 7).count(file, 300)).isEqualTo(corpus.expected(300));
    }

    @Test
    void askingForMoreWordsThanTheCorpusHasGivesThemAll() throws IOException {
        Path file = dir.resolve("corpus.txt");
        Corpus corpus = Corpus.write(file, 3, 500, 50);
        TopWords expected = corpus.expected(1_000);

        assertThat(expected.top()).hasSize(expected.distinct());
        for (Step step : Step.values()) {
            assertThat(step.counter(pool, 2).count(file, 1_000))
                    .as(step.value())
                    .isEqualTo(expected);
        }
    }

    @Test
    void theSameSeedWritesTheSameCorpus() throws IOException {
        Path first = dir.resolve("first.txt");
        Path second = dir.resolve("second.txt");
        Corpus.write(first, 42, 10_000, 1_000);
        Corpus.write(second, 42, 10_000, 1_000);

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void wordFrequenciesFollowZipfsLaw() throws IOException {
        Corpus corpus = Corpus.write(dir.resolve("corpus.txt"), 5, 1_000_000, 10_000);
        List<WordCount> top = corpus.expected(4).top();
        // With weights 1/r, the most common of 10,000 words is 1/H(10,000) ≈ 10.2 % of the text,
        // and the r-th about 1/r of it.
        assertThat(top.get(0).count()).isBetween(98_000, 106_000);
        assertThat((double) top.get(0).count() / top.get(3).count()).isBetween(3.7, 4.3);
    }

    @Test
    void unknownStepIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Step.of("gpu")).withMessageContaining("gpu");
    }
}
