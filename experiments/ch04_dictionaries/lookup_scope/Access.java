package dev.perflab.experiments.ch04.lookupscope;

/** How the hot loop reaches the step: the only thing the {@code access} param changes. */
enum Access {
    /** A local copy of the object in a field, read once before the loop. */
    LOCAL("local"),
    /** The object read from an instance field on every call. */
    FIELD("field"),
    /** A static method: no object at all. */
    STATIC("static"),
    /** A lambda held in a local: an interface call into a generated class that calls the lambda's body. */
    LAMBDA("lambda"),
    /** An interface call whose call site sees one class. */
    INTERFACE("interface"),
    /** An interface call whose call site sees two classes, taking turns. */
    INTERFACE_BIMORPHIC("interface-bimorphic"),
    /** An interface call whose call site sees four classes, taking turns. */
    INTERFACE_MEGAMORPHIC("interface-megamorphic");

    final String id;

    Access(String id) {
        this.id = id;
    }

    /**
     * The step objects an interface variant's call site takes turns on, one per pass of the loop:
     * one class for {@link #INTERFACE}, two for {@link #INTERFACE_BIMORPHIC}, four for
     * {@link #INTERFACE_MEGAMORPHIC}, always four slots so every interface variant pays the same
     * to pick one.
     */
    Step[] receivers() {
        Step multiply = new Step.Multiply();
        return switch (this) {
            case INTERFACE_BIMORPHIC -> new Step[] {multiply, new Step.Shift(), multiply, new Step.Shift()};
            case INTERFACE_MEGAMORPHIC ->
                new Step[] {multiply, new Step.Shift(), new Step.AddFirst(), new Step.SubtractLast()};
            case LOCAL, FIELD, STATIC, LAMBDA, INTERFACE -> new Step[] {multiply, multiply, multiply, multiply};
        };
    }

    static Access of(String id) {
        for (Access access : values()) {
            if (access.id.equals(id)) {
                return access;
            }
        }
        throw new IllegalArgumentException("unknown access " + id);
    }
}
