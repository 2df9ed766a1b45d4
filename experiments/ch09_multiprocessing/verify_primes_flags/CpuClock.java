package dev.perflab.experiments.ch09.verifyflags;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/**
 * CPU time this process has used, all its threads together, in nanoseconds. Unlike the elapsed
 * time it does not grow while the process waits for a core: on a machine busy with other work it
 * still tells how much work a variant did.
 */
final class CpuClock {

    private static final OperatingSystemMXBean SYSTEM =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CpuClock() {}

    static long processNanos() {
        return SYSTEM.getProcessCpuTime();
    }
}
