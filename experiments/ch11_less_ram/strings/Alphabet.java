package dev.perflab.experiments.ch11.strings;

/**
 * The letters the strings are made of, the value of the {@code text} param. Ids are permanent. What
 * matters is the largest code point: a String whose characters all fit in Latin-1 (up to U+00FF)
 * stores one byte a character when compact strings are on; one character beyond makes it two.
 */
enum Alphabet {
    /** a–z: Latin-1, and one byte a character in UTF-8 too. */
    ASCII("ascii", 'a', 'z'),
    /** à–ÿ (U+00E0–U+00FF): still Latin-1, so one byte in a compact String, but two in UTF-8. */
    LATIN1("latin1", '\u00e0', '\u00ff'),
    /** α–ω (U+03B1–U+03C9): beyond Latin-1, two bytes a character in a String and in UTF-8. */
    GREEK("greek", '\u03b1', '\u03c9');

    final String id;
    final char first;
    final char last;

    Alphabet(String id, char first, char last) {
        this.id = id;
        this.first = first;
        this.last = last;
    }

    int size() {
        return last - first + 1;
    }

    static Alphabet of(String id) {
        for (Alphabet alphabet : values()) {
            if (alphabet.id.equals(id)) {
                return alphabet;
            }
        }
        throw new IllegalArgumentException("unknown text " + id);
    }
}
