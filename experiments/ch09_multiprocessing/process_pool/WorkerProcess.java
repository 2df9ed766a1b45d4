package dev.perflab.experiments.ch09.processpool;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/** One worker JVM: its pipes, and the last lines of its stderr to say why it died. */
final class WorkerProcess implements AutoCloseable {

    private static final int STDERR_LINES = 20;
    private static final long EXIT_WAIT_MILLIS = 2_000;

    private final int index;
    private final Process process;
    private final DataOutputStream toWorker;
    private final DataInputStream fromWorker;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final Thread stderrReader;

    private WorkerProcess(int index, Process process) {
        this.index = index;
        this.process = process;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        this.stderrReader = Thread.ofPlatform()
                .daemon()
                .name("pool-worker-" + index + "-stderr")
                .start(this::drainStderr);
    }

    static WorkerProcess start(int index, WorkerCommand command) {
        try {
            return new WorkerProcess(index, new ProcessBuilder(command.command()).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start pool worker " + index + ": " + e.getMessage(), e);
        }
    }

    /** Waits for the worker's hello: from then on it takes tasks. */
    PoolProtocol.Hello awaitHello() throws IOException {
        try {
            return PoolProtocol.readHello(fromWorker);
        } catch (IOException e) {
            throw died("before saying hello", e);
        }
    }

    void send(PoolProtocol.Task task) throws IOException {
        try {
            PoolProtocol.writeTask(toWorker, task);
        } catch (IOException e) {
            throw died("while being sent task " + task.id(), e);
        }
    }

    void flush() throws IOException {
        try {
            toWorker.flush();
        } catch (IOException e) {
            throw died("while being sent tasks", e);
        }
    }

    PoolProtocol.Reply receive() throws IOException {
        try {
            return PoolProtocol.readReply(fromWorker);
        } catch (IOException e) {
            throw died("while the pool waited for a reply", e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Closes stdin, the worker's signal to finish; destroys it if it has not exited shortly after. */
    @Override
    public void close() {
        try {
            toWorker.close();
        } catch (IOException alreadyGone) {
            // Nothing to tell a worker whose pipe is broken: it is destroyed below if still alive.
        }
        try {
            if (!process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** What happened to a worker whose pipe broke: its exit status and its last words. */
    private IOException died(String when, IOException cause) {
        String status;
        try {
            if (process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                stderrReader.join(EXIT_WAIT_MILLIS);
                status = "exited with status " + process.exitValue();
            } else {
                status = "is still running but its pipe broke (" + cause + ")";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = "was not waited for";
        }
        return new IOException(
                "pool worker " + index + " (pid " + process.pid() + ") " + status + " " + when + stderrText(), cause);
    }

    private String stderrText() {
        synchronized (stderrTail) {
            return stderrTail.isEmpty()
                    ? "; it wrote nothing to stderr"
                    : "; its stderr ends:\n" + String.join("\n", stderrTail);
        }
    }

    private void drainStderr() {
        try (var lines = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (stderrTail) {
                    if (stderrTail.size() == STDERR_LINES) {
                        stderrTail.removeFirst();
                    }
                    stderrTail.addLast(line);
                }
            }
        } catch (IOException closed) {
            // The worker is gone; what it wrote is kept.
        }
    }
}
