package dev.perflab.experiments.ch09.verifyflags;

/** How the workers learn that one of them found a factor: the {@code flag} param's values. */
enum FlagKind {
    NONE("none"),
    VOLATILE("volatile"),
    LOCK("lock"),
    TCP("tcp"),
    MMAP("mmap");

    final String id;

    FlagKind(String id) {
        this.id = id;
    }

    static FlagKind of(String id) {
        for (FlagKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown flag " + id);
    }
}
