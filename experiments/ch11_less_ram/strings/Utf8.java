package dev.perflab.experiments.ch11.strings;

/** Reads UTF-8 back into characters, as a program holding raw bytes must before it can use them. */
final class Utf8 {

    private Utf8() {}

    /**
     * The sum of the UTF-16 code units of well-formed UTF-8 text of the Basic Multilingual Plane
     * (sequences of one to three bytes), decoded in place without making a String.
     */
    static long codeUnitSum(byte[] text) {
        long sum = 0;
        int i = 0;
        while (i < text.length) {
            int lead = text[i] & 0xFF;
            if (lead < 0x80) {
                sum += lead;
                i += 1;
            } else if (lead < 0xE0) {
                sum += ((lead & 0x1F) << 6) | (text[i + 1] & 0x3F);
                i += 2;
            } else if (lead < 0xF0) {
                sum += ((lead & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F);
                i += 3;
            } else {
                throw new IllegalArgumentException("a character beyond the Basic Multilingual Plane at byte " + i);
            }
        }
        return sum;
    }
}
