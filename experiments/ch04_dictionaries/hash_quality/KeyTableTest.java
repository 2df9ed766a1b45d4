package dev.perflab.experiments.ch04.hashquality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class KeyTableTest {

    @ParameterizedTest
    @CsvSource({
        "good, comparable", "good, not-comparable",
        "poor, comparable", "poor, not-comparable",
        "constant, comparable", "constant, not-comparable"
    })
    void everyProbeFindsItsOwnValue(String hash, String keys) {
        // 2,000 keys: a constant hash puts them all in one bucket, which HashMap turns into a tree.
        var table = new KeyTable(2_000, HashQuality.of(hash), Key.Kind.of(keys), 7);
        assertThat(table.size()).isEqualTo(2_000);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < table.size(); i++) {
            Key probe = table.probe(i);
            assertThat(table.lookup(probe)).as("probe %s", probe).isEqualTo(probe.id);
            seen.add(probe.id);
        }
        assertThat(seen).hasSize(2_000);
    }

    @Test
    void aKeyNotInTheMapIsNotFound() {
        var table = new KeyTable(100, HashQuality.CONSTANT, Key.Kind.NOT_COMPARABLE, 7);
        assertThat(table.lookup(Key.Kind.NOT_COMPARABLE.of(100, HashQuality.CONSTANT)))
                .isEqualTo(-1);
        // Same id, other class: not equal, so not found either.
        assertThat(table.lookup(Key.Kind.COMPARABLE.of(5, HashQuality.CONSTANT)))
                .isEqualTo(-1);
    }

    @Test
    void probesAreCopiesNotTheStoredKeys() {
        var table = new KeyTable(10, HashQuality.GOOD, Key.Kind.COMPARABLE, 7);
        Key probe = table.probe(0);
        Key twin = Key.Kind.COMPARABLE.of(probe.id, HashQuality.GOOD);
        assertThat(probe).isEqualTo(twin).isNotSameAs(twin).hasSameHashCodeAs(twin);
    }

    @Test
    void hashQualitiesGiveTheirNumberOfDistinctCodes() {
        assertThat(distinctCodes(HashQuality.GOOD, 10_000)).isEqualTo(10_000);
        assertThat(distinctCodes(HashQuality.POOR, 10_000)).isEqualTo(HashQuality.POOR_HASH_CODES);
        assertThat(distinctCodes(HashQuality.CONSTANT, 10_000)).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"1000", "10000", "50000"})
    void theGoodHashNeverCrowdsABucketEnoughForATree(int n) {
        // HashMap's table for n keys: the smallest power of two that n fills to at most 3/4. It
        // picks a bucket by the low bits of hash ^ (hash >>> 16); a bucket of 8 becomes a tree.
        int buckets = Integer.highestOneBit(n * 4 / 3) * 2;
        int[] load = new int[buckets];
        int fullest = 0;
        for (int id = 0; id < n; id++) {
            int h = HashQuality.GOOD.hash(id);
            fullest = Math.max(fullest, ++load[(h ^ (h >>> 16)) & (buckets - 1)]);
        }
        assertThat(fullest).isLessThan(8);
    }

    @Test
    void shuffledIdsAreAPermutationThatDependsOnTheSeed() {
        int[] shuffled = KeyTable.shuffledIds(1_000, 1);
        assertThat(Arrays.stream(shuffled).sorted().toArray())
                .isEqualTo(IntStream.range(0, 1_000).toArray());
        assertThat(shuffled).isNotEqualTo(IntStream.range(0, 1_000).toArray());
        assertThat(KeyTable.shuffledIds(1_000, 1)).isEqualTo(shuffled);
        assertThat(KeyTable.shuffledIds(1_000, 2)).isNotEqualTo(shuffled);
    }

    @ParameterizedTest
    @EnumSource(Key.Kind.class)
    void onlyComparableKeysImplementComparableOfTheirOwnClass(Key.Kind kind) {
        Key key = kind.of(1, HashQuality.GOOD);
        assertThat(key instanceof Comparable<?>).isEqualTo(kind == Key.Kind.COMPARABLE);
    }

    @Test
    void rejectsUnknownNamesAndEmptyTables() {
        assertThatThrownBy(() -> HashQuality.of("perfect")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Key.Kind.of("yes")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyTable(0, HashQuality.GOOD, Key.Kind.COMPARABLE, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long distinctCodes(HashQuality quality, int n) {
        return IntStream.range(0, n).map(quality::hash).distinct().count();
    }
}
