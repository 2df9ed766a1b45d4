package dev.perflab.experiments.ch10.pi;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.IExecutorService;
import dev.perflab.experiments.ch10.cluster.LocalCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Where the darts are thrown: threads of this JVM, or the members of a cluster of JVMs, one task per
 * worker either way. An estimate reports its time apart from the slowest worker's own compute time,
 * so what the spread costs (sending, scheduling, collecting) shows as the difference.
 */
sealed interface PiWorkers extends AutoCloseable {

    /** How long a worker spent throwing in an estimate and the estimate, all workers together. */
    record Estimate(double pi, long slowestComputeNanos) {}

    int count();

    List<Future<DartTask.Hits>> submit(List<DartTask> tasks);

    @Override
    void close() throws InterruptedException;

    default Estimate estimate(long samples, SplittableRandom seeds) throws InterruptedException, ExecutionException {
        List<DartTask> tasks = new ArrayList<>(count());
        for (int worker = 0; worker < count(); worker++) {
            tasks.add(new DartTask(DartTask.share(samples, count(), worker), seeds.nextLong()));
        }
        long inside = 0;
        long slowest = 0;
        for (Future<DartTask.Hits> future : submit(tasks)) {
            DartTask.Hits hits = future.get();
            inside += hits.inside();
            slowest = Math.max(slowest, hits.computeNanos());
        }
        return new Estimate(4.0 * inside / samples, slowest);
    }

    /** {@code count} threads in this JVM. */
    record Threads(ExecutorService pool, int count) implements PiWorkers {

        static Threads start(int count) {
            return new Threads(Executors.newFixedThreadPool(count), count);
        }

        @Override
        public List<Future<DartTask.Hits>> submit(List<DartTask> tasks) {
            return tasks.stream().map(pool::submit).toList();
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /** A cluster of {@code count} member JVMs; task i goes to member i, which runs it on one thread. */
    record Cluster(LocalCluster cluster, IExecutorService executor, List<Member> members) implements PiWorkers {

        static Cluster start(int count) throws java.io.IOException, InterruptedException {
            LocalCluster cluster = LocalCluster.start(count, "pi");
            IExecutorService executor = cluster.client().getExecutorService("darts");
            List<Member> members = List.copyOf(cluster.client().getCluster().getMembers());
            return new Cluster(cluster, executor, members);
        }

        @Override
        public int count() {
            return members.size();
        }

        @Override
        public List<Future<DartTask.Hits>> submit(List<DartTask> tasks) {
            List<Future<DartTask.Hits>> futures = new ArrayList<>(tasks.size());
            for (int i = 0; i < tasks.size(); i++) {
                futures.add(executor.submitToMember(tasks.get(i), members.get(i)));
            }
            return futures;
        }

        @Override
        public void close() throws InterruptedException {
            cluster.close();
        }
    }
}
