package dev.perflab.experiments.ch07.jittiers;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * The JVM's ways of running bytecode, each chosen by flags at start-up. A fork cannot change its
 * own compilers, so the flags come from the definition (each choice of the {@code tier} param
 * carries them); {@link #requireActive} makes a fork that did not get them fail the run instead
 * of measuring the wrong tier under its name.
 */
enum Tier {
    /** {@code -Xint}: the bytecode interpreter only, the counterpart of CPython. */
    INTERPRETER("interpreter"),
    /** {@code -XX:TieredStopAtLevel=1}: the client compiler C1, compiling fast with few optimisations. */
    C1("c1"),
    /** {@code -XX:-TieredCompilation}: the interpreter, then straight to the server compiler C2. */
    C2("c2"),
    /** No flag: the default, interpreter → C1 with profiling → C2. */
    TIERED("tiered");

    final String id;

    Tier(String id) {
        this.id = id;
    }

    static Tier of(String id) {
        for (Tier tier : values()) {
            if (tier.id.equals(id)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("unknown tier " + id);
    }

    /**
     * The tier a JVM runs in, from its {@code java.vm.info} ("interpreted mode" under
     * {@code -Xint}) and the effective values of {@code TieredCompilation} and
     * {@code TieredStopAtLevel}.
     */
    static Tier running(String vmInfo, boolean tieredCompilation, int tieredStopAtLevel) {
        if (vmInfo != null && vmInfo.contains("interpreted mode")) {
            return INTERPRETER;
        }
        if (!tieredCompilation) {
            return C2;
        }
        return tieredStopAtLevel >= 4 ? TIERED : C1;
    }

    /** The tier of this JVM, read from its system properties and HotSpot's effective flags. */
    static Tier ofThisJvm() {
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        return running(
                System.getProperty("java.vm.info"),
                Boolean.parseBoolean(hotSpot.getVMOption("TieredCompilation").getValue()),
                Integer.parseInt(hotSpot.getVMOption("TieredStopAtLevel").getValue()));
    }

    /** Throws, failing the run, when the JVM runs another tier than the one measured under this name. */
    void requireActive(Tier running) {
        if (running != this) {
            throw new IllegalStateException("this fork should measure tier " + id + " but runs as " + running.id
                    + ": its JVM did not get the tier's flags");
        }
    }
}
