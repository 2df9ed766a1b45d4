package dev.perflab.experiments.ch11.strings;

import java.util.SplittableRandom;

/**
 * N random texts of {@code length} letters from one alphabet, the same for every holding (the seed
 * is fixed), with the sum of their UTF-16 code units added up as they are drawn: the figure every
 * way of holding them must give back.
 */
final class ShortTexts {

    private static final long SEED = 11L;

    final char[][] texts;
    final long codeUnitSum;

    private ShortTexts(char[][] texts, long codeUnitSum) {
        this.texts = texts;
        this.codeUnitSum = codeUnitSum;
    }

    static ShortTexts draw(Alphabet alphabet, int n, int length) {
        SplittableRandom random = new SplittableRandom(SEED);
        char[][] texts = new char[n][length];
        long sum = 0;
        for (char[] text : texts) {
            for (int i = 0; i < length; i++) {
                text[i] = (char) (alphabet.first + random.nextInt(alphabet.size()));
                sum += text[i];
            }
        }
        return new ShortTexts(texts, sum);
    }
}
