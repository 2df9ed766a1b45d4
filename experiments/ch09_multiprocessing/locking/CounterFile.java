package dev.perflab.experiments.ch09.locking;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

/**
 * The book's file counter: a number in a file, incremented by reading it and writing it back
 * (two system calls, {@code pread} and {@code pwrite}). Between another process's read and write
 * an increment is lost, unless the read and the write happen under an exclusive lock on the file.
 *
 * <p>A {@link FileLock} is held by the whole JVM: two threads of one JVM cannot exclude each other
 * with it (the second gets an {@code OverlappingFileLockException}), so the lesson needs processes.
 */
final class CounterFile {

    private final FileChannel channel;
    private final ByteBuffer bytes = ByteBuffer.allocate(Long.BYTES);

    CounterFile(FileChannel channel) {
        this.channel = channel;
    }

    long read() throws IOException {
        bytes.clear();
        while (bytes.hasRemaining()) {
            if (channel.read(bytes, bytes.position()) < 0) {
                throw new IOException("the counter file holds fewer than 8 bytes");
            }
        }
        return bytes.getLong(0);
    }

    void write(long value) throws IOException {
        bytes.clear();
        bytes.putLong(0, value);
        while (bytes.hasRemaining()) {
            channel.write(bytes, bytes.position());
        }
    }

    void increment(boolean locked) throws IOException {
        if (locked) {
            try (FileLock lock = channel.lock()) {
                write(read() + 1);
            }
        } else {
            write(read() + 1);
        }
    }
}
