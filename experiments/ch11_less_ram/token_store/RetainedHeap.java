package dev.perflab.experiments.ch11.tokens;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap this JVM's garbage collector finds in use after full collections: what is still
 * reachable. A structure's footprint is this figure with it minus the figure before it was built.
 */
final class RetainedHeap {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    /** Full collections one reading may take before it settles for the lowest figure seen. */
    private static final int MAX_COLLECTIONS = 4;

    private RetainedHeap() {}

    /**
     * Bytes in use after full collections ({@code System.gc()}), repeated until one frees nothing
     * more: after hundreds of MiB of garbage, one collection does not always free all of it.
     */
    static long reachableBytes() {
        long used = collectedBytes();
        for (int round = 1; round < MAX_COLLECTIONS; round++) {
            long again = collectedBytes();
            if (again >= used) {
                break;
            }
            used = again;
        }
        return used;
    }

    private static long collectedBytes() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
