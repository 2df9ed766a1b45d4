package dev.perflab.experiments.ch11.heap;

import org.openjdk.jol.info.GraphStats;

/**
 * The bytes a structure keeps alive in this JVM: JOL walks every object reachable from it and adds
 * up their sizes as this VM lays them out (header, fields, padding; compact headers and
 * compressed references included), so a JVM flag that changes the layout changes the figure.
 * Shared by the chapter's experiments that measure what a structure costs.
 */
public final class HeapFootprint {

    static {
        // Read by JOL once, when its VM model starts: set before the first walk unless the command
        // line chose. Field offsets through the "magic" path work for records too; the two skips
        // spare attach attempts that slow JOL's start and that sizes do not need (JOL prints a
        // "# WARNING" line on stdout for each instead).
        defaultProperty("jol.magicFieldOffset", "true");
        defaultProperty("jol.skipDynamicAttach", "true");
        defaultProperty("jol.skipHotspotSAAttach", "true");
    }

    private HeapFootprint() {}

    /**
     * Every object reachable from {@code root}, each counted once, in bytes. About 1–3 s per million
     * objects: without an agent attached, JOL works out each object's size from its class layout.
     */
    public static long bytesReachableFrom(Object root) {
        return GraphStats.parseInstance(root).totalSize();
    }

    /**
     * A {@code new Object()}: its header padded to 8 bytes, so 16 with the usual 12-byte header and 8
     * with compact object headers. Measured in the fork, it shows which layout the fork really used.
     */
    public static long bareObjectBytes() {
        return bytesReachableFrom(new Object());
    }

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
