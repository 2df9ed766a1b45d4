package dev.perflab.experiments.ch01.memoryhierarchy;

import java.util.SplittableRandom;

/**
 * One cycle through every slot of an {@code int[]}: {@code next[slot]} is the slot read after
 * {@code slot}, so following it from any slot visits all slots once before coming back. Each load's
 * address is the value of the load before it: the CPU cannot start a load before the previous one
 * has returned, and a chase measures the latency of wherever the array lives.
 */
final class Cycle {

    private final int[] next;
    /** {@code order[k]} is the slot visited k steps after {@code order[0]}: the answer a chase must reach. */
    private final int[] order;

    private Cycle(int[] next, int[] order) {
        this.next = next;
        this.order = order;
    }

    /**
     * A uniformly random cycle: the visiting order is a Fisher–Yates shuffle of the slots, and each
     * slot points at the one after it in that order, the last at the first. This is the cycle
     * Sattolo's algorithm draws, built from its visiting order so the order is known and every
     * chase can be checked.
     */
    static Cycle random(int slots, long seed) {
        int[] order = identity(slots);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = slots - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swapped = order[i];
            order[i] = order[j];
            order[j] = swapped;
        }
        return linked(order);
    }

    /** Slot i points at slot i + 1, the last at the first: dependent loads the prefetcher can predict. */
    static Cycle inAddressOrder(int slots) {
        return linked(identity(slots));
    }

    private static Cycle linked(int[] order) {
        int[] next = new int[order.length];
        for (int k = 0; k < order.length - 1; k++) {
            next[order[k]] = order[k + 1];
        }
        next[order[order.length - 1]] = order[0];
        return new Cycle(next, order);
    }

    private static int[] identity(int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("a cycle needs at least one slot, not " + slots);
        }
        int[] slotsInOrder = new int[slots];
        for (int i = 0; i < slots; i++) {
            slotsInOrder[i] = i;
        }
        return slotsInOrder;
    }

    int slots() {
        return next.length;
    }

    /** The slot a chase starts from. */
    int start() {
        return order[0];
    }

    /** The slot {@code steps} loads after {@link #start()}, read from the visiting order, not by chasing. */
    int slotAfter(long steps) {
        return order[(int) (steps % order.length)];
    }

    /** Follows the cycle {@code steps} times from {@code slot}: the measured loop. */
    int chase(int slot, int steps) {
        int[] links = next;
        int at = slot;
        for (int k = 0; k < steps; k++) {
            at = links[at];
        }
        return at;
    }

    /** The slot after {@code slot}; for tests that walk the cycle or break it. */
    int[] links() {
        return next;
    }
}
