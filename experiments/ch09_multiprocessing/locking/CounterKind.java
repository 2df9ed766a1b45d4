package dev.perflab.experiments.ch09.locking;

/**
 * How the workers share their counter: the values of the {@code variant} param (ids are
 * permanent). {@code exact} kinds must count every increment; the others may lose some.
 */
enum CounterKind {
    /** A volatile field incremented as read, add, write, with nothing to keep two workers apart. */
    UNSYNCHRONIZED("unsynchronized", false, false),
    /** The same field, read, add and write inside one {@code synchronized} block. */
    SYNCHRONIZED("synchronized", true, false),
    /** One atomic read-add-write instruction on one shared {@code AtomicLong}. */
    ATOMIC_LONG("atomic-long", true, false),
    /** A {@code LongAdder}: workers add to separate cells, summed when read. */
    LONG_ADDER("long-adder", true, false),
    /** A number in a file, read and rewritten by separate worker processes, without a lock. */
    FILE_UNLOCKED("file-unlocked", false, true),
    /** The same, each read and rewrite under an exclusive {@code FileLock} on the file. */
    FILE_LOCKED("file-locked", true, true);

    final String id;
    final boolean exact;
    final boolean processes;

    CounterKind(String id, boolean exact, boolean processes) {
        this.id = id;
        this.exact = exact;
        this.processes = processes;
    }

    static CounterKind of(String id) {
        for (CounterKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown variant " + id);
    }
}
