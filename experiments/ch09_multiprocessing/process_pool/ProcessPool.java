package dev.perflab.experiments.ch09.processpool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * N worker JVMs kept alive until {@link #close()}, like Python's {@code multiprocessing.Pool}:
 * {@link #map} hands every task to whichever worker is free and returns the results in the tasks'
 * order. Tasks and results cross the workers' stdin and stdout ({@link PoolProtocol}), so each task
 * pays for encoding, a pipe write and a wake-up on both sides — the cost of talking to a process
 * that a thread pool does not pay.
 *
 * <p>A failed task, or a worker that dies, fails the {@code map} with the reason, and a pool whose
 * worker died refuses further work. One pool serves one caller at a time.
 */
public final class ProcessPool implements AutoCloseable {

    /** How long the workers may take to start: a JVM starts in well under a second when idle. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final List<WorkerProcess> workers;
    private final ExecutorService drivers;
    private final Duration startup;
    private String brokenBecause;

    private ProcessPool(List<WorkerProcess> workers, ExecutorService drivers, Duration startup) {
        this.workers = workers;
        this.drivers = drivers;
        this.startup = startup;
    }

    /** Starts {@code size} workers and returns once every one of them takes tasks. */
    public static ProcessPool start(int size) {
        return start(size, WorkerCommand.ofCurrentJvm());
    }

    static ProcessPool start(int size, WorkerCommand command) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least one worker, not " + size);
        }
        long started = System.nanoTime();
        List<WorkerProcess> workers = new ArrayList<>(size);
        ExecutorService drivers = Executors.newFixedThreadPool(
                size, Thread.ofPlatform().daemon().name("pool-driver-", 0).factory());
        try {
            for (int index = 0; index < size; index++) {
                workers.add(WorkerProcess.start(index, command));
            }
            List<Future<PoolProtocol.Hello>> hellos = new ArrayList<>();
            for (WorkerProcess worker : workers) {
                hellos.add(drivers.submit(worker::awaitHello));
            }
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            for (Future<PoolProtocol.Hello> hello : hellos) {
                hello.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
            workers.forEach(WorkerProcess::close);
            drivers.shutdownNow();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new ProcessPoolException("the pool's workers did not start: " + reason(e), e);
        }
        return new ProcessPool(workers, drivers, Duration.ofNanos(System.nanoTime() - started));
    }

    /** From starting the first worker to the last one's hello: what a pool costs before any task. */
    public Duration startup() {
        return startup;
    }

    public int size() {
        return workers.size();
    }

    /** Worker pids, for tests that check the workers end. */
    List<Long> pids() {
        return workers.stream().map(WorkerProcess::pid).toList();
    }

    /**
     * Runs {@code function} on every argument list in the workers and returns the results in the
     * arguments' order.
     *
     * @throws ProcessPoolException when a task failed or a worker died, with the reason
     */
    public synchronized long[][] map(Class<? extends ProcessTask> function, List<long[]> args) {
        if (brokenBecause != null) {
            throw new ProcessPoolException("the pool is broken: " + brokenBecause);
        }
        var dispatch = new Dispatch(function.getName(), args);
        int[] holding;
        try {
            holding = dispatch.handOutFirstRounds(workers);
        } catch (IOException e) {
            brokenBecause = e.getMessage();
            throw new ProcessPoolException(brokenBecause, e);
        }
        List<Future<?>> driven = new ArrayList<>(workers.size());
        for (int index = 0; index < workers.size(); index++) {
            WorkerProcess worker = workers.get(index);
            int held = holding[index];
            driven.add(drivers.submit(() -> {
                dispatch.drive(worker, held);
                return null;
            }));
        }
        List<String> problems = new ArrayList<>();
        for (Future<?> drive : driven) {
            awaitDriver(drive, problems);
        }
        problems.addAll(dispatch.failures());
        if (!problems.isEmpty()) {
            throw new ProcessPoolException(String.join("\n", problems));
        }
        return dispatch.results();
    }

    private void awaitDriver(Future<?> drive, List<String> problems) {
        try {
            drive.get();
        } catch (ExecutionException e) {
            brokenBecause = reason(e);
            problems.add(brokenBecause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            brokenBecause = "interrupted while waiting for the workers";
            problems.add(brokenBecause);
        }
    }

    /** Ends every worker (closing its stdin, then by force) and the threads that talked to them. */
    @Override
    public void close() {
        if (brokenBecause == null) {
            brokenBecause = "it was closed";
        }
        workers.forEach(WorkerProcess::close);
        drivers.shutdownNow();
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof ExecutionException || cause instanceof UncheckedIOException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof IOException || cause instanceof ProcessPoolException
                ? cause.getMessage()
                : cause.toString();
    }
}
