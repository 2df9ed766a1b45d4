package dev.perflab.experiments.ch11.footprint;

/**
 * How a program holds its N numbers: the variants the experiment compares. Ids are the values of
 * the {@code variant} param and are permanent, like the experiment's id.
 */
enum Holding {
    /** {@code int[]} or {@code long[]}: the numbers themselves, side by side. */
    PRIMITIVE_ARRAY("primitive-array", Values.DISTINCT),
    /** {@code Integer[]} or {@code Long[]} of -128..127: every element points at a JDK-cached box. */
    BOXED_ARRAY_CACHED("boxed-array-cached", Values.SMALL),
    /** {@code Integer[]} or {@code Long[]} of distinct values: one box per element. */
    BOXED_ARRAY_DISTINCT("boxed-array-distinct", Values.DISTINCT),
    /** {@code ArrayList} of distinct boxes, grown by {@code add} as most code grows it. */
    ARRAY_LIST("array-list", Values.DISTINCT),
    /** A growable list of unboxed numbers, grown by {@code add} like the {@code ArrayList}. */
    PRIMITIVE_LIST("primitive-list", Values.DISTINCT);

    final String id;
    final Values values;

    Holding(String id, Values values) {
        this.id = id;
        this.values = values;
    }

    static Holding of(String id) {
        for (Holding holding : values()) {
            if (holding.id.equals(id)) {
                return holding;
            }
        }
        throw new IllegalArgumentException("unknown variant " + id);
    }
}
