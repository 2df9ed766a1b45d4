package dev.perflab.experiments.ch11.footprint;

/**
 * The primitive type of the numbers, the value of the {@code element} param. A boxed {@code long}
 * needs 4 more bytes of content than a boxed {@code int}, which decides whether compact object
 * headers make its box smaller (objects are padded to 8 bytes).
 */
enum Element {
    INT("int"),
    LONG("long");

    final String id;

    Element(String id) {
        this.id = id;
    }

    static Element of(String id) {
        for (Element element : values()) {
            if (element.id.equals(id)) {
                return element;
            }
        }
        throw new IllegalArgumentException("unknown element " + id);
    }
}
