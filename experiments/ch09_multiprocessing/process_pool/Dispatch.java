package dev.perflab.experiments.ch09.processpool;

import java.io.IOException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One {@link ProcessPool#map} call: the tasks not yet handed out, the results so far, the failures.
 * Each worker has its own driver thread that keeps {@link #IN_FLIGHT} tasks with that worker, so a
 * worker finds its next task waiting when it answers one; a free worker takes the next task, as
 * Python's workers take the next one from the pool's shared queue.
 *
 * <p>A task is therefore handed out before an earlier one is done: at the end of a map a worker
 * may hold a task another, idle, worker could have taken. With two in flight, that is at most one
 * task per worker.
 */
final class Dispatch {

    static final int IN_FLIGHT = 2;

    private final String function;
    private final List<long[]> args;
    private final long[][] results;
    private final AtomicInteger next = new AtomicInteger();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();

    Dispatch(String function, List<long[]> args) {
        this.function = function;
        this.args = args;
        this.results = new long[args.size()][];
    }

    /**
     * Gives every worker up to {@link #IN_FLIGHT} tasks, one round at a time, before any driver
     * starts: with as many tasks as workers each gets one, whichever driver thread runs first.
     *
     * @return how many tasks each worker holds
     */
    int[] handOutFirstRounds(List<WorkerProcess> workers) throws IOException {
        int[] holding = new int[workers.size()];
        for (int round = 0; round < IN_FLIGHT; round++) {
            for (int index = 0; index < workers.size(); index++) {
                if (handOut(workers.get(index))) {
                    holding[index]++;
                }
            }
        }
        for (WorkerProcess worker : workers) {
            worker.flush();
        }
        return holding;
    }

    /** Takes {@code worker}'s replies, handing it the next task after each, until it holds none. */
    void drive(WorkerProcess worker, int holding) throws IOException {
        int waiting = holding;
        while (waiting > 0) {
            PoolProtocol.Reply reply = worker.receive();
            waiting--;
            record(reply);
            if (handOut(worker)) {
                worker.flush();
                waiting++;
            }
        }
    }

    private boolean handOut(WorkerProcess worker) throws IOException {
        if (!failures.isEmpty()) {
            return false; // A failed task fails the map: the rest need not run.
        }
        int task = next.getAndIncrement();
        if (task >= args.size()) {
            return false;
        }
        worker.send(new PoolProtocol.Task(task, function, args.get(task)));
        return true;
    }

    private void record(PoolProtocol.Reply reply) {
        switch (reply) {
            case PoolProtocol.Result result -> results[result.taskId()] = result.values();
            case PoolProtocol.Failure failure ->
                failures.add(
                        "task " + failure.taskId() + " (" + function + ") failed in its worker: " + failure.reason());
        }
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** Every task's result, in the tasks' order; only complete when no driver failed. */
    long[][] results() {
        return results;
    }
}
