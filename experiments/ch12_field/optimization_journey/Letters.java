package dev.perflab.experiments.ch12.journey;

/** The word rule every hand-written step shares: ASCII letters, folded to lower case. */
final class Letters {

    private Letters() {}

    /** {@code c} lower-cased when it is an ASCII letter, else -1. Setting bit 0x20 lower-cases A–Z. */
    static int lowerLetter(int c) {
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'z' ? lower : -1;
    }
}
