package dev.perflab.experiments.ch10.jobs;

import com.hazelcast.map.EntryProcessor;
import java.io.Serializable;
import java.util.Map;

/**
 * A job's entry in the results map: its answer and how many times a worker delivered one. More
 * than one delivery is the price of at-least-once: a job given out again after its acknowledgement
 * was late, or its first worker died after writing.
 *
 * @param factor the answer of the latest delivery
 * @param deliveries how many times a result for the job was written
 */
record Delivery(long factor, int deliveries) implements Serializable {

    /** Records one delivery on the member owning the key, atomically: a count never goes missing. */
    record Record(long factor) implements EntryProcessor<Long, Delivery, Integer> {

        @Override
        public Integer process(Map.Entry<Long, Delivery> entry) {
            Delivery before = entry.getValue();
            Delivery after = new Delivery(factor, before == null ? 1 : before.deliveries() + 1);
            entry.setValue(after);
            return after.deliveries();
        }
    }
}
