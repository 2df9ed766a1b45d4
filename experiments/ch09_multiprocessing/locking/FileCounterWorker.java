package dev.perflab.experiments.ch09.locking;

import dev.perflab.experiments.ch09.workerjvm.WorkerMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A worker process of the file counters: opens the counter file named by its argument and answers
 * each command {@code increments locked|unlocked} with {@code done} once it has incremented the
 * number in the file that many times.
 */
public final class FileCounterWorker {

    private FileCounterWorker() {}

    public static void main(String[] args) throws IOException {
        try (FileChannel channel =
                FileChannel.open(Path.of(args[0]), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            var counter = new CounterFile(channel);
            WorkerMain.serve(command -> answer(command, counter));
        }
    }

    static String answer(String command, CounterFile counter) {
        String[] words = command.trim().split(" ");
        int increments = Integer.parseInt(words[0]);
        boolean locked = "locked".equals(words[1]);
        try {
            for (int i = 0; i < increments; i++) {
                counter.increment(locked);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not increment the counter file", e);
        }
        return "done";
    }

    static String command(int increments, boolean locked) {
        return increments + " " + (locked ? "locked" : "unlocked");
    }
}
