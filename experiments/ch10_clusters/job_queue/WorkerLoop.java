package dev.perflab.experiments.ch10.jobs;

import com.hazelcast.collection.IQueue;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.map.IMap;
import java.io.Serializable;
import java.util.concurrent.TimeUnit;

/**
 * What a worker member runs, sent to it through the cluster's executor: take a job off the queue,
 * factor its number, write the answer. It writes no acknowledgement of its own: the answer is the
 * acknowledgement, and a job whose answer does not come in time is given out again
 * ({@link Dispatcher}). It runs until its member dies.
 */
final class WorkerLoop implements Runnable, Serializable, HazelcastInstanceAware {

    static final String QUEUE = "jobs";
    static final String RESULTS = "results";

    private transient HazelcastInstance member;

    @Override
    public void setHazelcastInstance(HazelcastInstance member) {
        this.member = member;
    }

    @Override
    public void run() {
        IQueue<long[]> jobs = member.getQueue(QUEUE);
        IMap<Long, Delivery> results = member.getMap(RESULTS);
        while (member.getLifecycleService().isRunning()) {
            try {
                long[] job = jobs.poll(100, TimeUnit.MILLISECONDS);
                if (job != null) {
                    results.executeOnKey(job[0], new Delivery.Record(FactorJobs.smallestFactor(job[1])));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException clusterChanging) {
                // A member left and partitions are moving: the job in hand, if any, is redelivered.
            }
        }
    }
}
