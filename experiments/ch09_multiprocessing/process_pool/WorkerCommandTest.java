package dev.perflab.experiments.ch09.processpool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerCommandTest {

    @Test
    void forwardsTheFlagsThatChangeHowCodeRuns() {
        var forkArguments = List.of(
                "-Xms512m",
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseParallelGC",
                "--add-modules=jdk.incubator.vector",
                "-Xint",
                "-Djmh.stack.period=10",
                "-XX:CompileCommandFile=/tmp/jmh123.compilecommand",
                "-XX:StartFlightRecording=filename=/tmp/run.jfr",
                "-XX:FlightRecorderOptions=stackdepth=96",
                "-XX:+HeapDumpOnOutOfMemoryError",
                "-javaagent:/tmp/agent.jar");
        assertThat(WorkerCommand.forwarded(forkArguments))
                .containsExactly(
                        "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "--add-modules=jdk.incubator.vector", "-Xint");
    }

    @Test
    void startsTheWorkerMainWithItsOwnHeapAndTheParentsPid() {
        var command = new WorkerCommand("/jdk/bin/java", "a.jar:b.jar", List.of("-XX:+UseSerialGC"), 4_242);
        assertThat(command.command())
                .containsExactly(
                        "/jdk/bin/java",
                        "-XX:+UseSerialGC",
                        WorkerCommand.WORKER_HEAP,
                        "-cp",
                        "a.jar:b.jar",
                        PoolWorker.class.getName(),
                        "4242");
    }

    @Test
    void runsTheSameJavaAndClassPathAsThisJvm() {
        var command = WorkerCommand.ofCurrentJvm();
        assertThat(command.classPath()).isEqualTo(System.getProperty("java.class.path"));
        assertThat(command.java()).endsWith("java");
        assertThat(command.parentPid()).isEqualTo(ProcessHandle.current().pid());
    }
}
