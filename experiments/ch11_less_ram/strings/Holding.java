package dev.perflab.experiments.ch11.strings;

/** How the program keeps each short text, the value of the {@code holding} param; ids are permanent. */
enum Holding {
    /** {@code String}: an object with a hash, a coder and a reference to its own {@code byte[]}. */
    STRING("string"),
    /** {@code byte[]} of the text in UTF-8, as it comes from a file or a socket. */
    BYTE_ARRAY("byte-array"),
    /** {@code char[]}: UTF-16 code units, two bytes a character whatever the text. */
    CHAR_ARRAY("char-array");

    final String id;

    Holding(String id) {
        this.id = id;
    }

    static Holding of(String id) {
        for (Holding holding : values()) {
            if (holding.id.equals(id)) {
                return holding;
            }
        }
        throw new IllegalArgumentException("unknown holding " + id);
    }
}
