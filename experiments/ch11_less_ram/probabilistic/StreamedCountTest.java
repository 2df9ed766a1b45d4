package dev.perflab.experiments.ch11.probabilistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StreamedCountTest {

    @ParameterizedTest
    @EnumSource(Structure.class)
    void everyStructureStaysWithinItsBoundAlongTheStandardStream(Structure structure) {
        for (long items : new long[] {1_000, 10_000, 100_000}) {
            StreamedCount count = StreamedCount.of(structure, 4096, items);
            assertThat(count.withinDocumentedBound())
                    .as(structure.id + " at " + items + ": " + count)
                    .isTrue();
        }
    }

    @Test
    void theExactSetIsTheTruthAndGrowsWithTheStream() {
        StreamedCount small = StreamedCount.of(Structure.EXACT_SET, 4096, 1_000);
        StreamedCount large = StreamedCount.of(Structure.EXACT_SET, 4096, 100_000);
        assertThat(small.estimate()).isEqualTo(1_000);
        assertThat(large.estimate()).isEqualTo(100_000);
        assertThat(large.bytesUsed()).isGreaterThan(16L * 100_000);
    }

    @Test
    void sketchesKeepTheirBudgetWhateverTheStream() {
        long small = StreamedCount.of(Structure.HYPERLOGLOG, 4096, 1_000).bytesUsed();
        long large = StreamedCount.of(Structure.HYPERLOGLOG, 4096, 100_000).bytesUsed();
        assertThat(large).isEqualTo(small).isBetween(4096L, 4096L + 64);
        long kmv = StreamedCount.of(Structure.K_MINIMUM_VALUES, 4096, 100_000).bytesUsed();
        assertThat(kmv).isBetween(4096L, 4096L + 64);
        long bloom = StreamedCount.of(Structure.BLOOM_FILTER, 4096, 100_000).bytesUsed();
        assertThat(bloom).isBetween(4096L, 4096L + 64);
    }

    @Test
    void aBloomFilterPastItsCapacityPromisesNothing() {
        StreamedCount full = StreamedCount.of(Structure.BLOOM_FILTER, 512, 100_000);
        assertThat(full.standardError()).isInfinite();
        assertThat(full.relativeError()).isGreaterThan(0.5);
    }

    @Test
    void streamsAreIndependentDrawsWhoseSpreadMatchesTheDocumentedError() {
        List<StreamedCount> counts = new ArrayList<>();
        for (int stream = 0; stream < 16; stream++) {
            counts.add(StreamedCount.of(Structure.HYPERLOGLOG, 1024, 20_000, stream));
        }
        assertThat(counts.stream().map(StreamedCount::estimate).distinct()).hasSize(16);
        double documented = counts.getFirst().standardError();
        assertThat(StreamedCount.rootMeanSquareError(counts)).isBetween(0.5 * documented, 1.5 * documented);
        assertThat(StreamedCount.of(Structure.HYPERLOGLOG, 1024, 20_000, 0).estimate())
                .isEqualTo(StreamedCount.stream(Structure.HYPERLOGLOG, 1024, 20_000)
                        .estimate());
    }

    @Test
    void aWrongEstimateIsOutsideTheBound() {
        assertThat(new StreamedCount(1000, 1100, 0.01, 64).withinDocumentedBound())
                .isFalse();
        assertThat(new StreamedCount(1000, 1040, 0.01, 64).withinDocumentedBound())
                .isTrue();
        assertThat(new StreamedCount(1000, 1001, 0, 64).withinDocumentedBound()).isFalse();
    }

    @Test
    void registersArePowersOfTwoWithinTheBudget() {
        assertThat(Structure.precision(4096)).isEqualTo(12);
        assertThat(Structure.precision(4095)).isEqualTo(11);
        assertThat(Structure.precision(1)).isEqualTo(4);
        assertThat(Structure.precision(1 << 30)).isEqualTo(18);
        assertThatThrownBy(() -> Structure.of("count-min")).isInstanceOf(IllegalArgumentException.class);
    }
}
