package dev.perflab.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A reading of the machine's CPU time and of this process tree's, from Linux's {@code /proc}. Two
 * readings give the cores that other processes kept busy between them: the machine's busy time
 * (user, nice, system, irq, softirq and steal, which a hypervisor took) minus this JVM's and its
 * descendants' own, as a share of all the time the cores had. Both files count in the same clock
 * ticks, so no tick rate is assumed.
 *
 * @param machineBusy busy ticks of all cores
 * @param machineTotal all ticks of all cores, idle included
 * @param own ticks of this process and its live descendants, with the children they have reaped
 */
record CpuShare(int cores, long machineBusy, long machineTotal, long own) {

    private static final Path STAT = Path.of("/proc/stat");

    /** Null where {@code /proc} cannot be read (not Linux). */
    static CpuShare read() {
        try {
            List<String> lines = Files.readAllLines(STAT);
            long own = processTicks(ProcessHandle.current().pid());
            own += ProcessHandle.current()
                    .descendants()
                    .mapToLong(child -> processTicks(child.pid()))
                    .sum();
            return fromStat(lines, own);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** From the lines of {@code /proc/stat}: the first is the sum over cores, then one per core. */
    static CpuShare fromStat(List<String> lines, long own) {
        String[] total = lines.getFirst().trim().split("\\s+");
        if (!total[0].equals("cpu")) {
            throw new IllegalArgumentException("not a /proc/stat: " + lines.getFirst());
        }
        long busy = 0;
        long all = 0;
        // user nice system idle iowait irq softirq steal (guest time is inside user already)
        for (int field = 1; field <= 8 && field < total.length; field++) {
            long ticks = Long.parseLong(total[field]);
            all += ticks;
            if (field != 4 && field != 5) {
                busy += ticks;
            }
        }
        int cores = (int)
                lines.stream().filter(line -> line.matches("cpu\\d+\\s.*")).count();
        return new CpuShare(cores, busy, all, own);
    }

    /** utime + stime + cutime + cstime of {@code /proc/<pid>/stat}; 0 for a process that is gone. */
    static long processTicks(long pid) {
        try {
            return ticksOfStat(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException e) {
            return 0;
        }
    }

    static long ticksOfStat(String stat) {
        // The command name in parentheses may hold spaces; the fields after it start at "state".
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(fields[11])
                + Long.parseLong(fields[12])
                + Long.parseLong(fields[13])
                + Long.parseLong(fields[14]);
    }

    /** Cores other processes kept busy, on average, from this reading to {@code later}; NaN if no tick passed. */
    double othersCoresUntil(CpuShare later) {
        long all = later.machineTotal - machineTotal;
        if (all <= 0) {
            return Double.NaN;
        }
        long others = (later.machineBusy - machineBusy) - (later.own - own);
        return Math.max(0, others) * (double) cores / all;
    }
}
