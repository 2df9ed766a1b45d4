package dev.perflab.experiments.ch04.hashquality;

/**
 * A map key: an id, and a hash code the {@link HashQuality} made from it when the key was created
 * (so every lookup pays the same for its hash, whatever its quality). Two keys are equal when they
 * are of the same class and have the same id.
 */
abstract sealed class Key permits Key.Ordered, Key.Unordered {

    final int id;
    private final int hash;

    private Key(int id, int hash) {
        this.id = id;
        this.hash = hash;
    }

    @Override
    public final int hashCode() {
        return hash;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((Key) other).id == id;
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "(" + id + ")";
    }

    /**
     * Comparable by id. It implements {@code Comparable} of its own class directly, which is what
     * HashMap looks for before it orders a crowded bucket's tree by {@code compareTo}.
     */
    static final class Ordered extends Key implements Comparable<Ordered> {
        Ordered(int id, int hash) {
            super(id, hash);
        }

        @Override
        public int compareTo(Ordered other) {
            return Integer.compare(id, other.id);
        }
    }

    /** Not comparable: a crowded bucket's tree can only order it by hash, so equal hashes are searched one by one. */
    static final class Unordered extends Key {
        Unordered(int id, int hash) {
            super(id, hash);
        }
    }

    /** The key kinds the {@code keys} param names. */
    enum Kind {
        COMPARABLE("comparable"),
        NOT_COMPARABLE("not-comparable");

        final String id;

        Kind(String id) {
            this.id = id;
        }

        Key of(int keyId, HashQuality quality) {
            int hash = quality.hash(keyId);
            return switch (this) {
                case COMPARABLE -> new Ordered(keyId, hash);
                case NOT_COMPARABLE -> new Unordered(keyId, hash);
            };
        }

        static Kind of(String id) {
            for (Kind kind : values()) {
                if (kind.id.equals(id)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown keys " + id);
        }
    }
}
