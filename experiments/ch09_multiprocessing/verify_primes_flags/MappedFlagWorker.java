package dev.perflab.experiments.ch09.verifyflags;

import dev.perflab.experiments.ch09.workerjvm.WorkerMain;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A worker process of the mmap variant: maps the flag file named by its argument, then answers
 * each command {@code n first last checkEvery} with the factor its range held (0 for none or
 * stopped by the flag).
 */
public final class MappedFlagWorker {

    private MappedFlagWorker() {}

    public static void main(String[] args) throws IOException {
        try (MappedFlag flag = new MappedFlag(Path.of(args[0]))) {
            WorkerMain.serve(command -> answer(command, flag));
        }
    }

    static String answer(String command, FactorSearch.Signal flag) {
        String[] words = command.trim().split(" ");
        long n = Long.parseLong(words[0]);
        var range = new FactorRanges.Range(Long.parseLong(words[1]), Long.parseLong(words[2]));
        int checkEvery = Integer.parseInt(words[3]);
        return Long.toString(FactorSearch.scan(n, range, checkEvery, flag));
    }

    static String command(long n, FactorRanges.Range range, int checkEvery) {
        return n + " " + range.first() + " " + range.last() + " " + checkEvery;
    }
}
