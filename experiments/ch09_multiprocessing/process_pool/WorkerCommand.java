package dev.perflab.experiments.ch09.processpool;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a worker process: the running JVM's java and class path, so a worker runs
 * the same code on the same JDK, and those of the running JVM's flags that change how code runs
 * (the JIT, the GC, modules), so a worker of a fork started with {@code -XX:TieredStopAtLevel=1}
 * compiles as its parent does.
 *
 * <p>Left out: heap sizes (a worker gets its own small heap, {@link #WORKER_HEAP}: N copies of the
 * fork's heap would be N times the memory the lab planned for), system properties, agents, and
 * flags that name a file the parent writes (a JFR recording, JMH's compile-command file, heap dumps,
 * crash logs), which N workers would fight over.
 */
record WorkerCommand(String java, String classPath, List<String> forwardedFlags, long parentPid) {

    static final String WORKER_HEAP = "-Xmx128m";

    private static final List<String> FILE_FLAGS = List.of(
            "-XX:StartFlightRecording",
            "-XX:FlightRecorderOptions",
            "-XX:CompileCommandFile",
            "-XX:HeapDumpPath",
            "-XX:ErrorFile",
            "-XX:+HeapDumpOnOutOfMemoryError",
            "-XX:LogFile");

    private static final List<String> EXECUTION_MODES = List.of("-Xint", "-Xcomp", "-Xbatch");

    /** The command for workers of this JVM. */
    static WorkerCommand ofCurrentJvm() {
        String java = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new WorkerCommand(
                java,
                System.getProperty("java.class.path"),
                forwarded(ManagementFactory.getRuntimeMXBean().getInputArguments()),
                ProcessHandle.current().pid());
    }

    /** The flags of {@code jvmArguments} a worker gets too, in their order. */
    static List<String> forwarded(List<String> jvmArguments) {
        return jvmArguments.stream().filter(WorkerCommand::isForwarded).toList();
    }

    private static boolean isForwarded(String argument) {
        if (EXECUTION_MODES.contains(argument) || argument.startsWith("--add-modules=")) {
            return true;
        }
        return argument.startsWith("-XX:") && FILE_FLAGS.stream().noneMatch(argument::startsWith);
    }

    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(forwardedFlags);
        command.add(WORKER_HEAP);
        command.addAll(List.of("-cp", classPath, PoolWorker.class.getName(), Long.toString(parentPid)));
        return command;
    }
}
