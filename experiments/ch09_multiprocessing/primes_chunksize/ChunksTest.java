package dev.perflab.experiments.ch09.primes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChunksTest {

    private static void assertPartitions(Chunks chunks, long rangeStart, long rangeSize, long largest) {
        long next = rangeStart;
        for (int index = 0; index < chunks.count(); index++) {
            var chunk = chunks.get(index);
            assertThat(chunk.first())
                    .as("chunk %d starts where the previous one ended", index)
                    .isEqualTo(next);
            assertThat(chunk.size()).as("chunk %d", index).isBetween(1L, largest);
            next = chunk.end();
        }
        assertThat(next).isEqualTo(rangeStart + rangeSize);
    }

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
        assertPartitions(new Chunks.OfSize(rangeStart, rangeSize, chunkSize), rangeStart, rangeSize, chunkSize);
    }

    @Test
    void fillsEveryChunkButTheLast() {
        var chunks = new Chunks.OfSize(100, 10, 4);
        assertThat(chunks.count()).isEqualTo(3);
        assertThat(chunks.get(0)).isEqualTo(new Chunks.Chunk(100, 104));
        assertThat(chunks.get(1)).isEqualTo(new Chunks.Chunk(104, 108));
        assertThat(chunks.get(2)).isEqualTo(new Chunks.Chunk(108, 110));
    }

    @Test
    void cutsSizeOneChunksForEveryNumber() {
        var chunks = new Chunks.OfSize(1_000, 50, 1);
        assertThat(chunks.count()).isEqualTo(50);
        assertThat(chunks.get(49)).isEqualTo(new Chunks.Chunk(1_049, 1_050));
    }

    @Test
    void keepsARangeSmallerThanOneChunkWhole() {
        var chunks = new Chunks.OfSize(100_000_000, 100_000, 10_000_000);
        assertThat(chunks.count()).isEqualTo(1);
        assertThat(chunks.get(0)).isEqualTo(new Chunks.Chunk(100_000_000, 100_100_000));
    }

    @Test
    void leavesNoTaskForAnEmptyRange() {
        assertThat(new Chunks.OfSize(42, 0, 10).count()).isZero();
    }

    @Test
    void rejectsChunksOfNothing() {
        assertThatThrownBy(() -> new Chunks.OfSize(0, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "100000000, 100000, 1",
        "100000000, 100000, 7",
        "100000000, 100000, 9",
        "100000000, 100000, 32",
        "100000000, 100000, 100000",
        "0, 10, 6",
        "5, 1, 1",
        "1000000000, 2000000, 99991"
    })
    void cutsExactlyTheAskedNumberOfChunksDifferingByAtMostOne(long rangeStart, long rangeSize, int count) {
        var chunks = new Chunks.Evenly(rangeStart, rangeSize, count);
        assertThat(chunks.count()).isEqualTo(count);
        assertPartitions(chunks, rangeStart, rangeSize, Math.ceilDiv(rangeSize, count));
        long smallest = Long.MAX_VALUE;
        long largest = 0;
        for (int index = 0; index < count; index++) {
            smallest = Math.min(smallest, chunks.get(index).size());
            largest = Math.max(largest, chunks.get(index).size());
        }
        assertThat(largest - smallest).isLessThanOrEqualTo(1);
    }

    @Test
    void cutsTenNumbersIntoFourChunks() {
        var chunks = new Chunks.Evenly(0, 10, 4);
        assertThat(chunks.get(0)).isEqualTo(new Chunks.Chunk(0, 2));
        assertThat(chunks.get(1)).isEqualTo(new Chunks.Chunk(2, 5));
        assertThat(chunks.get(2)).isEqualTo(new Chunks.Chunk(5, 7));
        assertThat(chunks.get(3)).isEqualTo(new Chunks.Chunk(7, 10));
    }

    @Test
    void rejectsMoreChunksThanNumbers() {
        assertThatThrownBy(() -> new Chunks.Evenly(0, 10, 11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Chunks.Evenly(0, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
