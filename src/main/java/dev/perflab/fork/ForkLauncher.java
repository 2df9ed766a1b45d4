package dev.perflab.fork;

import dev.perflab.protocol.ProtocolCodec;
import dev.perflab.protocol.RunSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * Starts the JMH host JVM on the benchmarks jar for one run; JMH then forks the measuring JVMs.
 * The spec goes in on stdin, so no request value ever becomes a command-line argument. Disposing
 * the returned flux kills the whole process tree.
 */
public class ForkLauncher {

    static final String HARNESS_MAIN = "dev.perflab.harness.HarnessMain";

    private final String classPath;
    private final List<String> hostJvmArgs;
    private final Path workDir;
    private final String mainClass;
    private final ClassCaches caches;
    private final ProtocolCodec codec = new ProtocolCodec();

    /**
     * @param hostJvmArgs arguments of the host JVM, which only relays events: it needs little heap
     *     and no optimising compiler
     * @param workDir the working directory of the harness and its forks: whatever a benchmark or a
     *     crashing JVM writes lands there, not where the lab was started
     */
    public ForkLauncher(Path benchmarksJar, List<String> hostJvmArgs, Path workDir, ClassCaches caches) {
        this(benchmarksJar.toString(), hostJvmArgs, workDir, HARNESS_MAIN, caches);
    }

    /** A launcher of another main class on another class path: tests script a misbehaving harness. */
    ForkLauncher(String classPath, List<String> hostJvmArgs, Path workDir, String mainClass, ClassCaches caches) {
        this.classPath = classPath;
        this.hostJvmArgs = List.copyOf(hostJvmArgs);
        this.workDir = workDir;
        this.mainClass = mainClass;
        this.caches = caches;
    }

    /**
     * The host JVM's arguments. It only relays events: a small heap and C1 start it fastest. JMH's
     * lock file and temporary files go to the lab's own work directory: the lab's queue already runs
     * one run at a time, and another lab on the machine (a test, a second data dir) must not make
     * this one's runs fail with "Another JMH instance might be running". No {@code -Xshare} flag:
     * the JVM shares the JDK's classes by default, and a class cache cannot be trained beside one.
     */
    public static List<String> hostJvmArgs(String heap, Path workDir) {
        return List.of("-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + workDir.toAbsolutePath());
    }

    public Flux<ForkOutput> launch(RunSpec spec) {
        return Flux.create(sink -> {
            Process process;
            try {
                Files.createDirectories(workDir);
                process = new ProcessBuilder(command(List.of()))
                        .directory(workDir.toFile())
                        .start();
            } catch (IOException e) {
                sink.error(new ForkFailedException("Cannot start the benchmark JVM: " + e.getMessage(), e));
                return;
            }
            sink.onDispose(() -> ProcessTree.kill(process));
            new HarnessSession(process, sink).start(codec.encodeSpec(spec));
        });
    }

    /** The host's command line, with {@code extra} JVM arguments after the lab's. */
    List<String> command(List<String> extra) {
        List<String> args = new ArrayList<>(hostJvmArgs);
        args.addAll(ClassCaches.QUIET);
        args.addAll(caches.hostArgs());
        args.addAll(extra);
        List<String> command = javaWith(args, List.of());
        command.add(mainClass);
        return command;
    }

    /** This JDK's java with {@code args} and {@code extra} on the benchmarks class path, no main class. */
    List<String> javaWith(List<String> args, List<String> extra) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        command.addAll(extra);
        command.addAll(List.of("-cp", classPath));
        return command;
    }

    List<String> hostJvmArgs() {
        return hostJvmArgs;
    }

    Path workDir() {
        return workDir;
    }

    /** Reads both pipes of one harness process on their own virtual threads. */
    private final class HarnessSession {
        private static final int STDERR_TAIL_LINES = 40;

        private final Process process;
        private final FluxSink<ForkOutput> sink;
        private final StderrTail tail = new StderrTail(STDERR_TAIL_LINES);

        HarnessSession(Process process, FluxSink<ForkOutput> sink) {
            this.process = process;
            this.sink = sink;
        }

        void start(String specJson) {
            Thread stdout = Thread.ofVirtual()
                    .name("fork-stdout")
                    .start(() -> readLines(process.getInputStream(), line -> sink.next(decode(line))));
            Thread stderr = Thread.ofVirtual()
                    .name("fork-stderr")
                    .start(() -> readLines(process.getErrorStream(), line -> {
                        tail.add(line);
                        sink.next(new ForkOutput.Log(line));
                    }));
            Thread.ofVirtual().name("fork-exit").start(() -> {
                sendSpec(specJson);
                try {
                    int status = process.waitFor();
                    stdout.join();
                    stderr.join();
                    sink.next(new ForkOutput.Exited(status, tail.lines()));
                    sink.complete();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        private void sendSpec(String specJson) {
            try (OutputStream in = process.getOutputStream()) {
                in.write(specJson.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The harness died before reading its spec; its exit status and stderr tell why.
                tail.add("(could not send the run spec: " + e.getMessage() + ")");
            }
        }

        private ForkOutput decode(String line) {
            try {
                return new ForkOutput.Event(codec.decode(line));
            } catch (ProtocolCodec.MalformedLineException e) {
                return new ForkOutput.Malformed(line, e.getMessage());
            }
        }

        private static void readLines(InputStream stream, Consumer<String> onLine) {
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    onLine.accept(line);
                }
            } catch (IOException e) {
                // The pipe closes when the process is killed: nothing more to read.
            }
        }
    }

    public static final class ForkFailedException extends RuntimeException {
        ForkFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
