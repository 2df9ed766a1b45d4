package dev.perflab.experiments.ch03.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SearcherTest {

    private static final Haystack HAYSTACK = Haystack.of(10_000, 7);

    @Test
    void haystackIsStrictlyAscendingAndEveryPartnerIsAbsent() {
        int[] values = HAYSTACK.values();
        BitSet present = new BitSet();
        for (int i = 0; i < values.length; i++) {
            present.set(values[i]);
            if (i > 0) {
                assertThat(values[i]).isGreaterThan(values[i - 1]);
            }
        }
        assertThat(present.cardinality()).isEqualTo(values.length);
        for (int value : values) {
            assertThat(present.get(value ^ 1)).as("partner of " + value).isFalse();
        }
    }

    @Test
    void haystackDependsOnItsSeedOnly() {
        assertThat(Haystack.of(1000, 7).values()).isEqualTo(Haystack.of(1000, 7).values());
        assertThat(Haystack.of(1000, 7).values())
                .isNotEqualTo(Haystack.of(1000, 8).values());
        // Both low bits occur: the values are not simply the even numbers.
        assertThat(IntStream.of(HAYSTACK.values()).map(v -> v & 1).distinct().count())
                .isEqualTo(2);
    }

    @Test
    void rejectsAnEmptyHaystack() {
        assertThatThrownBy(() -> Haystack.of(0, 7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysComeFromAcrossTheWholeHaystack() {
        int[] hits = HAYSTACK.keys(Outcome.HIT, 4096, 3);
        int n = HAYSTACK.size();
        // Value i lies at 2i or 2i + 1, so a key's value says where in the haystack it points.
        assertThat(IntStream.of(hits).min().getAsInt()).isLessThan(2 * n / 10);
        assertThat(IntStream.of(hits).max().getAsInt()).isGreaterThan(2 * n * 9 / 10);
        assertThat(IntStream.of(hits).distinct().count()).isGreaterThan(3000);
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void everyMethodFindsEveryHitAndNoMiss(Method method) {
        Searcher searcher = method.over(HAYSTACK);
        for (int hit : HAYSTACK.keys(Outcome.HIT, 4096, 3)) {
            assertThat(searcher.contains(hit)).as(method.id + " finds " + hit).isTrue();
        }
        for (int miss : HAYSTACK.keys(Outcome.MISS, 4096, 3)) {
            assertThat(searcher.contains(miss))
                    .as(method.id + " misses " + miss)
                    .isFalse();
        }
    }

    @Test
    void allMethodsGiveTheSameAnswerForEveryKeyInAndAroundTheHaystack() {
        Searcher linear = Method.LINEAR.over(HAYSTACK);
        Searcher binary = Method.BINARY.over(HAYSTACK);
        Searcher hash = Method.HASH.over(HAYSTACK);
        int[] values = HAYSTACK.values();
        int checked = 0;
        for (int key = -3; key <= values[values.length - 1] + 3; key++) {
            boolean expected = linear.contains(key);
            assertThat(binary.contains(key)).as("binary, key " + key).isEqualTo(expected);
            assertThat(hash.contains(key)).as("hash, key " + key).isEqualTo(expected);
            checked += expected ? 1 : 0;
        }
        assertThat(checked).isEqualTo(values.length);
        for (int key : new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertThat(linear.contains(key) || binary.contains(key) || hash.contains(key))
                    .isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void countsTheKeysOfABatchThatArePresent(Method method) {
        int[] values = HAYSTACK.values();
        int[] mixed = {values[0], values[0] ^ 1, values[5000], -1, values[9999], values[9999] ^ 1};
        Searcher.Keys keys = Searcher.Keys.of(mixed);
        Searcher searcher = method.over(HAYSTACK);
        assertThat(searcher.found(keys, 0, mixed.length)).isEqualTo(3);
        assertThat(searcher.found(keys, 1, 4)).isEqualTo(1);
        assertThat(searcher.found(keys, 3, 3)).isZero();
    }

    @Test
    void boxedKeysHoldTheSameValues() {
        Searcher.Keys keys = Searcher.Keys.of(new int[] {-5, 0, 1_000_000});
        assertThat(keys.boxed()).containsExactly(-5, 0, 1_000_000);
    }

    @Test
    void namesMapToVariantsAndOutcomes() {
        assertThat(Method.of("hash")).isEqualTo(Method.HASH);
        assertThat(Outcome.of("miss")).isEqualTo(Outcome.MISS);
        assertThatThrownBy(() -> Method.of("tree")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Outcome.of("maybe")).isInstanceOf(IllegalArgumentException.class);
    }
}
