package dev.perflab.experiments.ch09.processpool;

/**
 * A function a worker process runs: the counterpart of the function given to Python's
 * {@code Pool.map}. Python pickles a function by its qualified name and the worker imports it; here
 * the pool sends the class's binary name and the worker instantiates it once through its public
 * no-argument constructor. Arguments and results are longs, which is all the lab's tasks need and
 * keeps the wire format small and checkable.
 */
public interface ProcessTask {

    /** Runs in the worker process; an exception fails the task, and the pool reports its message. */
    long[] apply(long[] args);
}
