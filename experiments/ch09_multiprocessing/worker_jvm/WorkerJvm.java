package dev.perflab.experiments.ch09.workerjvm;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A separate JVM that runs {@code main} of a class on this JVM's class path and talks in lines:
 * commands on its stdin, one answer line each on its stdout. It ends when its stdin closes or when
 * this JVM is gone (see {@link WorkerMain}), and {@link #close()} kills it if it has not.
 *
 * <p>Used where a lesson needs separate processes, not threads: memory mapped by two processes, a
 * lock the operating system holds per process. Workers start before the measurement, so JVM start-up
 * is never part of a score.
 */
public final class WorkerJvm implements AutoCloseable {

    private final Process process;
    private final BufferedWriter commands;
    private final BufferedReader answers;

    private WorkerJvm(Process process) {
        this.process = process;
        this.commands = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Starts {@code count} workers running {@code mainClass} with {@code args}, with the java
     * binary and class path of this JVM; their stderr goes to this JVM's stderr.
     */
    public static List<WorkerJvm> start(int count, Class<?> mainClass, List<String> args) {
        List<WorkerJvm> workers = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                workers.add(new WorkerJvm(startOne(mainClass, args)));
            }
            return workers;
        } catch (IOException e) {
            workers.forEach(WorkerJvm::close);
            throw new UncheckedIOException("could not start a worker JVM", e);
        }
    }

    private static Process startOne(Class<?> mainClass, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        // Small and quick to start: a worker holds a few objects and runs one loop.
        command.addAll(List.of("-Xms16m", "-Xmx64m", "-XX:+UseSerialGC", "-Xss512k"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(args);
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static String javaBinary() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElseGet(() ->
                        Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Sends one command line; {@link #flush()} or {@link #receive()} makes it leave. */
    public void send(String command) {
        try {
            commands.write(command);
            commands.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("worker " + process.pid() + " stopped taking commands", e);
        }
    }

    public void flush() {
        try {
            commands.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("worker " + process.pid() + " stopped taking commands", e);
        }
    }

    /** The worker's next answer line; fails if the worker ended instead. */
    public String receive() {
        try {
            flush();
            String line = answers.readLine();
            if (line == null) {
                throw new IllegalStateException("worker " + process.pid() + " ended without answering");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("worker " + process.pid() + " stopped answering", e);
        }
    }

    /** Closes the worker's stdin so it ends by itself, and kills it if it has not within a second. */
    @Override
    public void close() {
        try {
            commands.close();
        } catch (IOException e) {
            // the worker is already gone: nothing left to tell it
        }
        try {
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }
}
