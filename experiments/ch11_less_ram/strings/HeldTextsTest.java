package dev.perflab.experiments.ch11.strings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perflab.experiments.ch11.heap.HeapFootprint;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HeldTextsTest {

    private static final int N = 2000;
    private static final int LENGTH = 12;

    @ParameterizedTest
    @EnumSource(Alphabet.class)
    void everyHoldingReadsBackTheCharactersDrawn(Alphabet alphabet) {
        ShortTexts texts = ShortTexts.draw(alphabet, N, LENGTH);
        long drawn = 0;
        for (char[] text : texts.texts) {
            for (char c : text) {
                assertThat(c).isBetween(alphabet.first, alphabet.last);
                drawn += c;
            }
        }
        assertThat(texts.codeUnitSum).isEqualTo(drawn);
        for (Holding holding : Holding.values()) {
            assertThat(HeldTexts.of(holding, texts).codeUnitSum())
                    .as(holding.id)
                    .isEqualTo(drawn);
        }
    }

    @Test
    void theSameSeedDrawsTheSameTexts() {
        assertThat(ShortTexts.draw(Alphabet.GREEK, 10, 5).texts)
                .isDeepEqualTo(ShortTexts.draw(Alphabet.GREEK, 10, 5).texts);
    }

    @Test
    void utf8TakesOneByteForAsciiAndTwoForAccentedLatinAndGreek() {
        assertThat(utf8Length(Alphabet.ASCII)).isEqualTo(LENGTH);
        assertThat(utf8Length(Alphabet.LATIN1)).isEqualTo(2 * LENGTH);
        assertThat(utf8Length(Alphabet.GREEK)).isEqualTo(2 * LENGTH);
    }

    @Test
    void decodesThreeByteSequencesAndRefusesFourByteOnes() {
        String text = "a\u00e9\u03a3\u20ac";
        long expected = 'a' + '\u00e9' + '\u03a3' + '\u20ac';
        assertThat(Utf8.codeUnitSum(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
        assertThatThrownBy(() -> Utf8.codeUnitSum("\uD83D\uDE00".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void compactStringsStoreLatinOneTextInHalfTheBytesOfGreek() {
        // The test JVM runs with compact strings on, the JDK's default.
        long latin = HeapFootprint.bytesReachableFrom(new String("\u00e0\u00e9\u00ee\u00f5\u00fc\u00ff".repeat(8)));
        long greek = HeapFootprint.bytesReachableFrom(new String("\u03b1\u03b2\u03b3\u03b4\u03b5\u03b6".repeat(8)));
        long ascii = HeapFootprint.bytesReachableFrom(new String("abcdef".repeat(8)));
        assertThat(latin).isEqualTo(ascii);
        assertThat(greek - latin).isEqualTo(48);
    }

    @Test
    void aCharArrayCostsTheSameWhateverTheText() {
        long ascii = HeapFootprint.bytesReachableFrom(
                HeldTexts.of(Holding.CHAR_ARRAY, ShortTexts.draw(Alphabet.ASCII, N, LENGTH))
                        .structure());
        long greek = HeapFootprint.bytesReachableFrom(
                HeldTexts.of(Holding.CHAR_ARRAY, ShortTexts.draw(Alphabet.GREEK, N, LENGTH))
                        .structure());
        assertThat(greek).isEqualTo(ascii);
    }

    @Test
    void rejectsUnknownTextAndHolding() {
        assertThatThrownBy(() -> Alphabet.of("klingon")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Holding.of("rope")).isInstanceOf(IllegalArgumentException.class);
    }

    private static int utf8Length(Alphabet alphabet) {
        byte[][] texts =
                ((HeldTexts.Utf8Arrays) HeldTexts.of(Holding.BYTE_ARRAY, ShortTexts.draw(alphabet, 1, LENGTH))).texts();
        return texts[0].length;
    }
}
