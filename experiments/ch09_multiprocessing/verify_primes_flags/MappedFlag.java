package dev.perflab.experiments.ch09.verifyflags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The book's mmap flag: one byte of a file that every process maps into its memory, so a store by
 * one process is a load away for the others, with no system call. Acquire and release accesses
 * keep the JIT from hoisting a poll out of the loop and order the byte with the search.
 */
final class MappedFlag implements FactorSearch.Signal, AutoCloseable {

    private static final VarHandle BYTE = ValueLayout.JAVA_BYTE.varHandle();

    private final Arena arena = Arena.ofShared();
    private final MemorySegment flag;

    MappedFlag(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            flag = channel.map(FileChannel.MapMode.READ_WRITE, 0, 1, arena);
        } catch (IOException e) {
            arena.close();
            throw new UncheckedIOException("could not map the flag file " + file, e);
        }
    }

    /**
     * A new one-byte flag file, in shared memory ({@code /dev/shm}) where Linux has it, as the
     * book's anonymous map lives in memory; else in the temporary directory.
     */
    static Path createFile() {
        try {
            Path shm = Path.of("/dev/shm");
            Path file = Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempFile(shm, "perflab-flag-", ".bin")
                    : Files.createTempFile("perflab-flag-", ".bin");
            Files.write(file, new byte[1]);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a flag file", e);
        }
    }

    @Override
    public boolean raised() {
        return (byte) BYTE.getAcquire(flag, 0L) != 0;
    }

    @Override
    public void raise() {
        BYTE.setRelease(flag, 0L, (byte) 1);
    }

    void lower() {
        BYTE.setRelease(flag, 0L, (byte) 0);
    }

    @Override
    public void close() {
        arena.close();
    }
}
