package dev.perflab.experiments.ch11.strings;

import java.nio.charset.StandardCharsets;

/**
 * The texts held one way. {@link #codeUnitSum()} reads every character back, which is what the
 * benchmark times; {@link #structure()} is the array the footprint is measured on.
 */
sealed interface HeldTexts {

    long codeUnitSum();

    Object structure();

    static HeldTexts of(Holding holding, ShortTexts texts) {
        return switch (holding) {
            case STRING -> Strings.of(texts);
            case BYTE_ARRAY -> Utf8Arrays.of(texts);
            case CHAR_ARRAY -> CharArrays.of(texts);
        };
    }

    /** Each a new String from its chars: Latin-1 text is stored compactly when compact strings are on. */
    record Strings(String[] texts) implements HeldTexts {
        static Strings of(ShortTexts source) {
            String[] texts = new String[source.texts.length];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = new String(source.texts[i]);
            }
            return new Strings(texts);
        }

        @Override
        public long codeUnitSum() {
            long sum = 0;
            for (String text : texts) {
                for (int i = 0; i < text.length(); i++) {
                    sum += text.charAt(i);
                }
            }
            return sum;
        }

        @Override
        public Object structure() {
            return texts;
        }
    }

    record Utf8Arrays(byte[][] texts) implements HeldTexts {
        static Utf8Arrays of(ShortTexts source) {
            byte[][] texts = new byte[source.texts.length][];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = new String(source.texts[i]).getBytes(StandardCharsets.UTF_8);
            }
            return new Utf8Arrays(texts);
        }

        @Override
        public long codeUnitSum() {
            long sum = 0;
            for (byte[] text : texts) {
                sum += Utf8.codeUnitSum(text);
            }
            return sum;
        }

        @Override
        public Object structure() {
            return texts;
        }
    }

    record CharArrays(char[][] texts) implements HeldTexts {
        static CharArrays of(ShortTexts source) {
            char[][] texts = new char[source.texts.length][];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = source.texts[i].clone();
            }
            return new CharArrays(texts);
        }

        @Override
        public long codeUnitSum() {
            long sum = 0;
            for (char[] text : texts) {
                for (char c : text) {
                    sum += c;
                }
            }
            return sum;
        }

        @Override
        public Object structure() {
            return texts;
        }
    }
}
