package dev.perflab.experiments.ch09.processpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Starts real worker JVMs from this test JVM's class path, where the tasks below live. */
class ProcessPoolTest {

    /** The square of its argument, and the pid of the process that computed it. */
    public static final class SquareWithPid implements ProcessTask {
        @Override
        public long[] apply(long[] args) {
            return new long[] {args[0] * args[0], ProcessHandle.current().pid()};
        }
    }

    public static final class FailOnSeven implements ProcessTask {
        @Override
        public long[] apply(long[] args) {
            if (args[0] == 7) {
                throw new IllegalStateException("seven is not allowed");
            }
            return args;
        }
    }

    public static final class Die implements ProcessTask {
        @Override
        public long[] apply(long[] args) {
            System.err.println("dying on purpose");
            Runtime.getRuntime().halt(42);
            return args;
        }
    }

    private final List<ProcessPool> pools = new ArrayList<>();

    private ProcessPool pool(int size) {
        var pool = ProcessPool.start(size);
        pools.add(pool);
        return pool;
    }

    @AfterEach
    void closePools() {
        pools.forEach(ProcessPool::close);
    }

    private static List<long[]> numbers(int count) {
        return LongStream.range(0, count).mapToObj(n -> new long[] {n}).toList();
    }

    @Test
    void returnsEveryResultInTheArgumentsOrder() {
        long[][] results = pool(2).map(SquareWithPid.class, numbers(500));
        assertThat(results).hasNumberOfRows(500);
        for (int n = 0; n < 500; n++) {
            assertThat(results[n][0]).as("task %d", n).isEqualTo((long) n * n);
        }
    }

    @Test
    void runsTasksInEveryWorkerAndNeverInThisJvm() {
        var pool = pool(3);
        long[][] results = pool.map(SquareWithPid.class, numbers(3));
        var pids = new HashSet<Long>();
        for (long[] result : results) {
            pids.add(result[1]);
        }
        assertThat(pids)
                .containsExactlyInAnyOrderElementsOf(pool.pids())
                .doesNotContain(ProcessHandle.current().pid());
    }

    @Test
    void keepsItsWorkersBetweenMaps() {
        var pool = pool(2);
        long[][] first = pool.map(SquareWithPid.class, numbers(2));
        long[][] second = pool.map(SquareWithPid.class, numbers(2));
        assertThat(List.of(second[0][1], second[1][1])).containsExactlyInAnyOrder(first[0][1], first[1][1]);
        assertThat(pool.startup()).isPositive();
    }

    @Test
    void mapsAnEmptyListToNoResults() {
        assertThat(pool(1).map(SquareWithPid.class, List.of())).isEmpty();
    }

    @Test
    void failsTheMapWithTheTasksReasonAndStaysUsable() {
        var pool = pool(2);
        assertThatThrownBy(() -> pool.map(FailOnSeven.class, numbers(20)))
                .isInstanceOf(ProcessPoolException.class)
                .hasMessageContaining("task 7")
                .hasMessageContaining("IllegalStateException: seven is not allowed");
        assertThat(pool.map(SquareWithPid.class, numbers(4))[3][0]).isEqualTo(9);
    }

    @Test
    void failsTheMapWhenAWorkerDiesAndRefusesMoreWork() {
        var pool = pool(1);
        assertThatThrownBy(() -> pool.map(Die.class, numbers(1)))
                .isInstanceOf(ProcessPoolException.class)
                .hasMessageContaining("exited with status 42")
                .hasMessageContaining("dying on purpose");
        assertThatThrownBy(() -> pool.map(SquareWithPid.class, numbers(1))).hasMessageContaining("the pool is broken");
    }

    @Test
    void endsEveryWorkerWhenClosed() {
        var pool = pool(2);
        List<Long> pids = pool.pids();
        pool.close();
        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
                    .as("worker %d", pid)
                    .isNotEqualTo(java.util.Optional.of(true));
        }
        assertThatThrownBy(() -> pool.map(SquareWithPid.class, numbers(1))).hasMessageContaining("closed");
    }

    @Test
    void reportsWhyAWorkerCouldNotStart() {
        var command = new WorkerCommand(
                WorkerCommand.ofCurrentJvm().java(),
                "/nonexistent.jar",
                List.of(),
                ProcessHandle.current().pid());
        assertThatThrownBy(() -> ProcessPool.start(1, command))
                .isInstanceOf(ProcessPoolException.class)
                .hasMessageContaining("did not start")
                .hasMessageContaining(PoolWorker.class.getName());
    }

    @Test
    void workerExitsWhenItsParentDiesThoughItsStdinStaysOpen() throws Exception {
        Process parent = new ProcessBuilder("sleep", "60").start();
        var own = WorkerCommand.ofCurrentJvm();
        var command = new WorkerCommand(own.java(), own.classPath(), List.of(), parent.pid());
        Process worker = new ProcessBuilder(command.command()).start();
        try {
            assertThat(worker.getInputStream().readNBytes(4))
                    .as("the hello's magic")
                    .hasSize(4);
            parent.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            assertThat(worker.waitFor(30, TimeUnit.SECONDS)).as("worker exited").isTrue();
            assertThat(worker.exitValue()).isEqualTo(PoolWorker.PARENT_GONE);
        } finally {
            worker.destroyForcibly();
            parent.destroyForcibly();
        }
    }

    @Test
    void workerExitsCleanlyWhenItsStdinCloses() throws IOException, InterruptedException {
        Process worker = new ProcessBuilder(WorkerCommand.ofCurrentJvm().command()).start();
        try {
            assertThat(worker.getInputStream().readNBytes(4)).hasSize(4);
            worker.getOutputStream().close();
            assertThat(worker.waitFor(30, TimeUnit.SECONDS)).as("worker exited").isTrue();
            assertThat(worker.exitValue()).isZero();
        } finally {
            worker.destroyForcibly();
        }
    }
}
