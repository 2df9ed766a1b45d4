package dev.perflab.experiments.ch11.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TokenStoreTest {

    private static final List<String> VOCABULARY = Vocabulary.tokens(3, 20_000);
    private static final String[] ABSENT = Vocabulary.absent(4, new HashSet<>(VOCABULARY), 20_000);

    @ParameterizedTest
    @EnumSource(Structure.class)
    void holdsEveryTokenItWasBuiltFrom(Structure structure) {
        TokenStore store = structure.build(VOCABULARY);

        for (String token : VOCABULARY) {
            assertThat(store.contains(new String(token.toCharArray())))
                    .as(token)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Structure.class)
    void holdsNoOtherToken(Structure structure) {
        TokenStore store = structure.build(VOCABULARY);

        for (String token : ABSENT) {
            assertThat(store.contains(token)).as(token).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Structure.class)
    void prefixesAndExtensionsOfATokenAreNotTokens(Structure structure) {
        TokenStore store = structure.build(List.of("over", "overdo", "overdoing", "do"));

        assertThat(store.contains("overdo")).isTrue();
        assertThat(store.contains("overd")).isFalse();
        assertThat(store.contains("overdoin")).isFalse();
        assertThat(store.contains("overdoings")).isFalse();
        assertThat(store.contains("")).isFalse();
        assertThat(store.contains("Over")).isFalse();
    }

    @Test
    void vocabularyIsDistinctAndReproducible() {
        assertThat(new HashSet<>(VOCABULARY)).hasSize(VOCABULARY.size());
        assertThat(Vocabulary.tokens(3, 20_000)).isEqualTo(VOCABULARY);
        assertThat(Vocabulary.tokens(5, 1_000)).isNotEqualTo(Vocabulary.tokens(3, 1_000));
    }

    @Test
    void vocabularySharesBeginningsAndEndingsAsWordsDo() {
        long inflected = VOCABULARY.stream()
                .filter(t -> t.endsWith("ing") || t.endsWith("ness"))
                .count();
        long capitalised = VOCABULARY.stream()
                .filter(t -> Character.isUpperCase(t.charAt(0)))
                .count();
        assertThat(inflected).isGreaterThan(VOCABULARY.size() / 40);
        assertThat(capitalised).isGreaterThan(VOCABULARY.size() / 20);
        assertThat(VOCABULARY).allMatch(t -> t.chars().allMatch(c -> c < 128));
    }

    @Test
    void halfOfTheProbesAreInTheVocabulary() {
        String[] probes = Probes.of(3, 20_000, 1_000);
        Set<String> vocabulary = new HashSet<>(VOCABULARY);

        long present = Arrays.stream(probes).filter(vocabulary::contains).count();
        assertThat(probes).hasSize(1_000);
        assertThat(present).isEqualTo(Probes.presentOf(1_000));
    }

    @Test
    void unknownStructureIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Structure.of("marisa"))
                .withMessageContaining("marisa");
    }
}
