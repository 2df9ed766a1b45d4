package dev.perflab.experiments.ch09.primes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChunksTest {

    @ParameterizedTest
    @CsvSource({
        "100000000, 100000, 1",
        "100000000, 100000, 1000",
        "100000000, 100000, 30000",
        "100000000, 100000, 100000",
        "100000000, 100000, 10000000",
        "0, 7, 3",
        "5, 1, 1",
        "5, 0, 4"
    })
    void partitionTheRangeWithoutGapsOrOverlaps(long rangeStart, long rangeSize, int chunkSize) {
        var chunks = new Chunks(rangeStart, rangeSize, chunkSize);
        long next = rangeStart;
        for (int index = 0; index < chunks.count(); index++) {
            var chunk = chunks.get(index);
            assertThat(chunk.first())
                    .as("chunk %d starts where the previous one ended", index)
                    .isEqualTo(next);
            assertThat(chunk.size()).as("chunk %d", index).isBetween(1L, (long) chunkSize);
            next = chunk.end();
        }
        assertThat(next).isEqualTo(rangeStart + rangeSize);
    }

    @Test
    void fillsEveryChunkButTheLast() {
        var chunks = new Chunks(100, 10, 4);
        assertThat(chunks.count()).isEqualTo(3);
        assertThat(chunks.get(0)).isEqualTo(new Chunks.Chunk(100, 104));
        assertThat(chunks.get(1)).isEqualTo(new Chunks.Chunk(104, 108));
        assertThat(chunks.get(2)).isEqualTo(new Chunks.Chunk(108, 110));
    }

    @Test
    void cutsSizeOneChunksForEveryNumber() {
        var chunks = new Chunks(1_000, 50, 1);
        assertThat(chunks.count()).isEqualTo(50);
        assertThat(chunks.get(49)).isEqualTo(new Chunks.Chunk(1_049, 1_050));
    }

    @Test
    void keepsARangeSmallerThanOneChunkWhole() {
        var chunks = new Chunks(100_000_000, 100_000, 10_000_000);
        assertThat(chunks.count()).isEqualTo(1);
        assertThat(chunks.get(0)).isEqualTo(new Chunks.Chunk(100_000_000, 100_100_000));
    }

    @Test
    void leavesNoTaskForAnEmptyRange() {
        assertThat(new Chunks(42, 0, 10).count()).isZero();
    }

    @Test
    void rejectsChunksOfNothing() {
        assertThatThrownBy(() -> new Chunks(0, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
