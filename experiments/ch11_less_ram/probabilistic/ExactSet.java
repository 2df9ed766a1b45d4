package dev.perflab.experiments.ch11.probabilistic;

/**
 * The truth, kept the costly way: every distinct item in an open-addressing hash set of longs
 * (linear probing, at most half full), 16 to 32 bytes an item. Written here rather than taken from
 * a primitive-collections library to keep the forks' class path small; a {@code HashSet<Long>}
 * would cost about 56 bytes an item in boxes and nodes.
 */
final class ExactSet implements StreamCounter {

    /** The empty slot's mark; item 0 is kept aside so that no item needs to be it. */
    private static final long EMPTY = 0;

    private long[] slots = new long[16];
    private int size;
    private boolean holdsZero;

    @Override
    public void offer(long item) {
        if (item == EMPTY) {
            holdsZero = true;
            return;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (insert(slots, item)) {
            size++;
        }
    }

    @Override
    public double estimate() {
        return size + (holdsZero ? 1 : 0);
    }

    @Override
    public double standardError(long truth) {
        return 0;
    }

    private static boolean insert(long[] table, long item) {
        int mask = table.length - 1;
        int at = (int) Hashing.hash(item) & mask;
        while (table[at] != EMPTY) {
            if (table[at] == item) {
                return false;
            }
            at = (at + 1) & mask;
        }
        table[at] = item;
        return true;
    }

    private void grow() {
        long[] larger = new long[slots.length * 2];
        for (long item : slots) {
            if (item != EMPTY) {
                insert(larger, item);
            }
        }
        slots = larger;
    }
}
