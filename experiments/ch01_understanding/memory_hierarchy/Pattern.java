package dev.perflab.experiments.ch01.memoryhierarchy;

import java.util.Arrays;

/** How the benchmark walks its working set: the {@code variant} param. */
enum Pattern {
    /** Dependent loads in a random order: every load waits for the one before and cannot be prefetched. */
    RANDOM_CHASE("random-chase"),
    /** The same dependent loads in address order: the prefetcher sees the next line coming. */
    SEQUENTIAL_CHASE("sequential-chase"),
    /** Independent loads in address order, summed: as many in flight as the core and the bus allow. */
    SEQUENTIAL_SCAN("sequential-scan");

    final String id;

    Pattern(String id) {
        this.id = id;
    }

    static Pattern of(String id) {
        return Arrays.stream(values())
                .filter(pattern -> pattern.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown variant " + id));
    }

    /** A walk over {@code workingSetKiB} KiB of {@code int}s, built as this pattern needs it. */
    Walk walkOver(long workingSetKiB, long seed) {
        int slots = slots(workingSetKiB);
        return switch (this) {
            case RANDOM_CHASE -> new Walk.Chase(Cycle.random(slots, seed));
            case SEQUENTIAL_CHASE -> new Walk.Chase(Cycle.inAddressOrder(slots));
            case SEQUENTIAL_SCAN -> Walk.Scan.over(slots);
        };
    }

    /** The {@code int}s that fill a working set of this many KiB. */
    static int slots(long workingSetKiB) {
        long slots = workingSetKiB * 1024 / Integer.BYTES;
        if (workingSetKiB < 1 || slots > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a working set of " + workingSetKiB + " KiB does not fit one int[]");
        }
        return (int) slots;
    }
}
