package dev.perflab.experiments.ch09.verifyflags;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;

/**
 * CPU time the Java threads of this process have used, all together, in nanoseconds (the JVM's own
 * JIT compiler and GC threads are not among them). Unlike the elapsed time it does not grow while
 * a thread waits for a core: on a machine busy with other work it still tells how much work a
 * variant did. Read per thread, to the nanosecond; the process-wide figure Linux gives the JVM
 * moves in 10 ms steps.
 */
final class CpuClock {

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private CpuClock() {}

    /** Threads that end between two readings take their time with them: keep threads alive across them. */
    static long javaThreadsNanos() {
        long total = 0;
        for (long nanos : THREADS.getThreadCpuTime(THREADS.getAllThreadIds())) {
            if (nanos > 0) {
                total += nanos;
            }
        }
        return total;
    }
}
