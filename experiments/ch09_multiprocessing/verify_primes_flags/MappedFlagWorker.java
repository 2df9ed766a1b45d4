package dev.perflab.experiments.ch09.verifyflags;

import dev.perflab.experiments.ch09.workerjvm.WorkerMain;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A worker process of the mmap variant: maps the flag file named by its argument, then answers
 * each command {@code n first last checkEvery} with the factor its range held (0 for none or
 * stopped by the flag) and the CPU time this process spent on it.
 */
public final class MappedFlagWorker {

    private MappedFlagWorker() {}

    public static void main(String[] args) throws IOException {
        try (MappedFlag flag = new MappedFlag(Path.of(args[0]))) {
            WorkerMain.serve(command -> answer(command, flag));
        }
    }

    static String answer(String command, FactorSearch.Signal flag) {
        long cpuBefore = CpuClock.javaThreadsNanos();
        String[] words = command.trim().split(" ");
        long n = Long.parseLong(words[0]);
        var range = new FactorRanges.Range(Long.parseLong(words[1]), Long.parseLong(words[2]));
        int checkEvery = Integer.parseInt(words[3]);
        long factor = FactorSearch.scan(n, range, checkEvery, flag);
        return new Answer(factor, CpuClock.javaThreadsNanos() - cpuBefore).line();
    }

    /** A worker's answer: the factor its range held (0 for none) and the CPU time it spent, in ns. */
    record Answer(long factor, long cpuNanos) {

        String line() {
            return factor + " " + cpuNanos;
        }

        static Answer parse(String line) {
            String[] words = line.trim().split(" ");
            return new Answer(Long.parseLong(words[0]), Long.parseLong(words[1]));
        }
    }

    static String command(long n, FactorRanges.Range range, int checkEvery) {
        return n + " " + range.first() + " " + range.last() + " " + checkEvery;
    }
}
