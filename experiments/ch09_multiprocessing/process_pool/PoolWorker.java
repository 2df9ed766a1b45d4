package dev.perflab.experiments.ch09.processpool;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * The main class of a worker process: says hello, then runs tasks from stdin and answers each on
 * stdout until stdin ends. It exits when its parent does, even if nobody closes its stdin (a parent
 * killed with SIGKILL closes nothing in time, and an orphan must not keep a core busy).
 */
public final class PoolWorker {

    /** Exit status when the parent is gone; 0 is the clean end of stdin. */
    static final int PARENT_GONE = 3;

    private final Map<String, ProcessTask> functions = new HashMap<>();

    private PoolWorker() {}

    /** @param args the parent's pid */
    public static void main(String[] args) throws IOException {
        watchParent(Long.parseLong(args[0]));
        var out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        // The protocol owns stdout: a stray println from a task goes to stderr instead.
        System.setOut(System.err);
        var in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        PoolProtocol.writeHello(out, ProcessHandle.current().pid());
        new PoolWorker().serve(in, out);
        System.exit(0);
    }

    private static void watchParent(long parentPid) {
        var parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty()) {
            Runtime.getRuntime().halt(PARENT_GONE);
        }
        Thread.ofPlatform().daemon().name("parent-watch").start(() -> {
            parent.get().onExit().join();
            Runtime.getRuntime().halt(PARENT_GONE);
        });
    }

    void serve(DataInputStream in, DataOutputStream out) throws IOException {
        PoolProtocol.Task task;
        while ((task = PoolProtocol.readTask(in)) != null) {
            PoolProtocol.writeReply(out, run(task));
            // At once: the pool hands this worker its next task when this reply arrives.
            out.flush();
        }
    }

    private PoolProtocol.Reply run(PoolProtocol.Task task) {
        try {
            return new PoolProtocol.Result(task.id(), function(task.function()).apply(task.args()));
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            return new PoolProtocol.Failure(task.id(), describe(e));
        }
    }

    private ProcessTask function(String name) throws ReflectiveOperationException {
        ProcessTask function = functions.get(name);
        if (function == null) {
            Class<?> type = Class.forName(name);
            if (!ProcessTask.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(name + " is not a " + ProcessTask.class.getSimpleName());
            }
            function = (ProcessTask) type.getConstructor().newInstance();
            functions.put(name, function);
        }
        return function;
    }

    private static String describe(Throwable error) {
        var trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
