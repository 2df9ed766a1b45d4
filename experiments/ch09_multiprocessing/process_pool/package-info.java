/**
 * A pool of worker JVMs, the Java counterpart of Python's {@code multiprocessing.Pool}, shared by
 * chapter 9's experiments: {@link dev.perflab.experiments.ch09.processpool.ProcessPool} starts N
 * worker processes with the running JVM's java and class path, keeps them for as long as it is
 * open, and hands them tasks ({@link dev.perflab.experiments.ch09.processpool.ProcessTask}) over
 * their stdin and stdout in the small binary protocol of
 * {@link dev.perflab.experiments.ch09.processpool.PoolProtocol}. This folder holds no
 * {@code experiment.yaml}: it is code, not an experiment.
 */
package dev.perflab.experiments.ch09.processpool;
