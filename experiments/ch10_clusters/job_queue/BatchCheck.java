package dev.perflab.experiments.ch10.jobs;

import com.hazelcast.map.IMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A batch read back from the cluster at its end: every job given out must have exactly its right
 * answer in the results map; deliveries beyond the first are counted, never an error.
 *
 * @param jobs jobs given out, ids 0 to jobs − 1
 * @param missing ids without an answer (at most the first 20)
 * @param wrong ids whose answer is not their number's smallest factor (at most the first 20)
 * @param missingCount how many had no answer
 * @param wrongCount how many had a wrong answer
 * @param duplicates deliveries beyond the first, over all jobs
 * @param redeliveries times a job was given out again after its acknowledgement timed out
 */
record BatchCheck(
        long jobs,
        List<Long> missing,
        List<Long> wrong,
        long missingCount,
        long wrongCount,
        long duplicates,
        long redeliveries) {

    private static final int SHOWN = 20;
    private static final int READ_CHUNK = 1000;

    static BatchCheck of(FactorJobs factorJobs, IMap<Long, Delivery> results, long jobs, long redeliveries) {
        List<Long> missing = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        long missingCount = 0;
        long wrongCount = 0;
        long duplicates = 0;
        for (long from = 0; from < jobs; from += READ_CHUNK) {
            Set<Long> ids = new HashSet<>();
            for (long id = from; id < Math.min(jobs, from + READ_CHUNK); id++) {
                ids.add(id);
            }
            Map<Long, Delivery> answers = results.getAll(ids);
            for (long id = from; id < Math.min(jobs, from + READ_CHUNK); id++) {
                Delivery delivery = answers.get(id);
                if (delivery == null) {
                    missingCount++;
                    addShown(missing, id);
                } else {
                    duplicates += delivery.deliveries() - 1;
                    if (delivery.factor() != factorJobs.expectedFactor(id)) {
                        wrongCount++;
                        addShown(wrong, id);
                    }
                }
            }
        }
        return new BatchCheck(jobs, missing, wrong, missingCount, wrongCount, duplicates, redeliveries);
    }

    private static void addShown(List<Long> ids, long id) {
        if (ids.size() < SHOWN) {
            ids.add(id);
        }
    }

    boolean complete() {
        return missingCount == 0 && wrongCount == 0;
    }

    @Override
    public String toString() {
        return jobs + " jobs: " + missingCount + " without an answer " + missing + ", " + wrongCount
                + " with a wrong one " + wrong + "; " + duplicates + " duplicate deliveries, " + redeliveries
                + " redeliveries";
    }
}
