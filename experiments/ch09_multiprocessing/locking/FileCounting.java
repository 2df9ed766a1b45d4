package dev.perflab.experiments.ch09.locking;

import dev.perflab.experiments.ch09.workerjvm.WorkerJvm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Worker processes, separate JVMs started once, incrementing the number in one counter file. This
 * JVM zeroes the file, sends every worker its command, waits until all are done and reads the
 * number left in the file.
 */
final class FileCounting implements Counting {

    private final boolean locked;
    private final Path file;
    private final FileChannel channel;
    private final CounterFile counter;
    private final List<WorkerJvm> processes;

    FileCounting(int workers, boolean locked) {
        this.locked = locked;
        try {
            file = Files.createTempFile("perflab-counter-", ".bin");
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            counter = new CounterFile(channel);
            counter.write(0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the counter file", e);
        }
        processes = WorkerJvm.start(workers, FileCounterWorker.class, List.of(file.toString()));
    }

    @Override
    public long count(int increments) {
        try {
            counter.write(0);
            String command = FileCounterWorker.command(increments, locked);
            processes.forEach(process -> process.send(command));
            processes.forEach(WorkerJvm::flush);
            for (WorkerJvm process : processes) {
                String answer = process.receive();
                if (!"done".equals(answer)) {
                    throw new IllegalStateException("worker " + process.pid() + " answered " + answer);
                }
            }
            return counter.read();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the counter file", e);
        }
    }

    @Override
    public void close() {
        processes.forEach(WorkerJvm::close);
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover 8-byte file in the temporary directory harms nobody
        }
    }
}
