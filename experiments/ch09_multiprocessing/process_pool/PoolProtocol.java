package dev.perflab.experiments.ch09.processpool;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * The bytes between a pool and one worker, all big-endian ({@link DataOutputStream}):
 *
 * <ul>
 *   <li>worker → pool, once at start: {@code int MAGIC, int VERSION, long pid};
 *   <li>pool → worker, per task: {@code int id, UTF function, int n, n × long};
 *   <li>worker → pool, per task, in the order received: {@code int id, byte RESULT, int n, n × long}
 *       or {@code int id, byte FAILURE, UTF reason}.
 * </ul>
 *
 * The pool ends a worker by closing its stdin: end of input between tasks is a clean shutdown.
 */
final class PoolProtocol {

    static final int MAGIC = 0x50504f4c; // "PPOL"
    static final int VERSION = 1;
    static final byte RESULT = 0;
    static final byte FAILURE = 1;

    /** {@link DataOutputStream#writeUTF} takes at most 65,535 bytes; a reason is cut well below. */
    static final int MAX_REASON_CHARS = 4_000;

    /** Numbers a task or a result may carry: a bound, so a corrupt length fails instead of allocating. */
    static final int MAX_LONGS = 1 << 20;

    private PoolProtocol() {}

    record Hello(int version, long pid) {}

    record Task(int id, String function, long[] args) {}

    sealed interface Reply permits Result, Failure {
        int taskId();
    }

    record Result(int taskId, long[] values) implements Reply {}

    record Failure(int taskId, String reason) implements Reply {}

    static void writeHello(DataOutputStream out, long pid) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(pid);
        out.flush();
    }

    static Hello readHello(DataInputStream in) throws IOException {
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new IOException("not a pool worker: its output starts with 0x" + Integer.toHexString(magic));
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("worker speaks protocol version " + version + ", the pool " + VERSION);
        }
        return new Hello(version, in.readLong());
    }

    static void writeTask(DataOutputStream out, Task task) throws IOException {
        out.writeInt(task.id());
        out.writeUTF(task.function());
        writeLongs(out, task.args());
    }

    /** The next task, or null at a clean end of input (the pool closed the worker's stdin). */
    static Task readTask(DataInputStream in) throws IOException {
        int id;
        try {
            id = in.readInt();
        } catch (EOFException endOfInput) {
            return null;
        }
        return new Task(id, in.readUTF(), readLongs(in));
    }

    static void writeReply(DataOutputStream out, Reply reply) throws IOException {
        out.writeInt(reply.taskId());
        switch (reply) {
            case Result result -> {
                out.writeByte(RESULT);
                writeLongs(out, result.values());
            }
            case Failure failure -> {
                out.writeByte(FAILURE);
                out.writeUTF(shortened(failure.reason()));
            }
        }
    }

    static Reply readReply(DataInputStream in) throws IOException {
        int taskId = in.readInt();
        byte kind = in.readByte();
        return switch (kind) {
            case RESULT -> new Result(taskId, readLongs(in));
            case FAILURE -> new Failure(taskId, in.readUTF());
            default -> throw new IOException("reply to task " + taskId + " has unknown kind " + kind);
        };
    }

    static String shortened(String reason) {
        String text = String.valueOf(reason);
        return text.length() <= MAX_REASON_CHARS ? text : text.substring(0, MAX_REASON_CHARS) + "…";
    }

    private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
        if (values.length > MAX_LONGS) {
            throw new IOException(values.length + " numbers exceed the protocol's limit of " + MAX_LONGS);
        }
        out.writeInt(values.length);
        for (long value : values) {
            out.writeLong(value);
        }
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_LONGS) {
            throw new IOException("corrupt stream: " + count + " numbers announced");
        }
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readLong();
        }
        return values;
    }
}
