package dev.perflab.experiments.ch06.diffusion;

/** The ladder's rungs, slowest first, by the names the experiment's {@code variant} param uses. */
enum Rung {
    BOXED_LISTS("boxed-lists"),
    ARRAYS_NEW_GRID("arrays-new-grid"),
    ARRAYS_REUSED("arrays-reused"),
    FLAT("flat"),
    FLAT_SPLIT("flat-split"),
    VECTOR("vector"),
    PARALLEL_ROWS("parallel-rows");

    private final String name;

    Rung(String name) {
        this.name = name;
    }

    static Rung named(String name) {
        for (Rung rung : values()) {
            if (rung.name.equals(name)) {
                return rung;
            }
        }
        throw new IllegalArgumentException("no variant " + name);
    }

    /** This rung set up on a copy of {@code initial}, a row-major grid of side × side cells (side 2 or more). */
    Simulation start(double[] initial, int side) {
        if (side < 2 || initial.length != side * side) {
            throw new IllegalArgumentException("a grid of side " + side + " needs side ≥ 2 and side² cells");
        }
        return switch (this) {
            case BOXED_LISTS -> new BoxedLists(initial, side);
            case ARRAYS_NEW_GRID -> new NestedArrays(initial, side, false);
            case ARRAYS_REUSED -> new NestedArrays(initial, side, true);
            case FLAT -> new FlatGrid(initial, side, Stencil::withModulo);
            case FLAT_SPLIT -> new FlatGrid(initial, side, Stencil::edgesSplit);
            case VECTOR -> new FlatGrid(initial, side, Stencil::vector);
            case PARALLEL_ROWS -> new FlatGrid(initial, side, Stencil::parallelRows);
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
