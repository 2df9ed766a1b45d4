package dev.perflab.experiments.ch10.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.cluster.Member;
import com.hazelcast.collection.IQueue;
import com.hazelcast.map.IMap;
import dev.perflab.experiments.ch10.cluster.LocalCluster;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobQueueTest {

    private static final FactorJobs JOBS = new FactorJobs(20_000);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 7, 511, 512, 100_000})
    void theExpectedFactorIsTheNumbersSmallestFactor(long id) {
        long number = JOBS.number(id);
        long factor = JOBS.expectedFactor(id);
        assertThat(FactorJobs.smallestFactor(number)).isEqualTo(factor);
        assertThat(number / factor).isGreaterThan(factor);
        assertThat(FactorJobs.smallestFactor(factor)).isEqualTo(factor);
    }

    @Test
    void trialDivisionFindsSmallestFactors() {
        assertThat(FactorJobs.smallestFactor(15)).isEqualTo(3);
        assertThat(FactorJobs.smallestFactor(16)).isEqualTo(2);
        assertThat(FactorJobs.smallestFactor(97)).isEqualTo(97);
        assertThat(FactorJobs.nextPrime(14)).isEqualTo(17);
        assertThatThrownBy(() -> new FactorJobs(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeliveryCountsEveryAnswerWritten() {
        Map.Entry<Long, Delivery> entry = new AbstractMap.SimpleEntry<>(3L, null);
        assertThat(new Delivery.Record(5).process(entry)).isEqualTo(1);
        assertThat(new Delivery.Record(5).process(entry)).isEqualTo(2);
        assertThat(entry.getValue()).isEqualTo(new Delivery(5, 2));
    }

    @Test
    void refusesAKillThatLeavesNoWorkerOrFallsOutsideTheMeasurement() {
        assertThatThrownBy(() -> KillPlan.ONE_WORKER.check(1, 1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KillPlan.ONE_WORKER.check(2, 6, 5)).isInstanceOf(IllegalArgumentException.class);
        KillPlan.ONE_WORKER.check(2, 5, 5);
        KillPlan.NONE.check(1, 99, 5);
        assertThatThrownBy(() -> KillPlan.of("all")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A worker that takes a job and dies before answering is played by the test taking one job. */
    @Test
    void aJobTakenAndNeverAnsweredIsDeliveredAgain() throws Exception {
        try (LocalCluster cluster = LocalCluster.start(1, "test");
                Dispatcher dispatcher = new Dispatcher(cluster.client(), JOBS, 4, Duration.ofMillis(300))) {
            IQueue<long[]> queue = cluster.client().getQueue(WorkerLoop.QUEUE);
            long[] taken = queue.poll(30, TimeUnit.SECONDS);
            assertThat(taken).isNotNull();
            startWorkers(cluster);
            for (int i = 0; i < 50; i++) {
                dispatcher.nextAnswered(PATIENCE);
            }
            BatchCheck check = dispatcher.finish(PATIENCE);
            assertThat(check.complete()).as(check.toString()).isTrue();
            assertThat(check.jobs()).isGreaterThanOrEqualTo(50);
            assertThat(check.redeliveries()).isPositive();
        }
    }

    /** As when a member dies holding an answer its backup never got: reported, then gone. */
    @Test
    void anAnswerReportedThenLostIsGivenOutAgain() throws Exception {
        try (LocalCluster cluster = LocalCluster.start(1, "test");
                Dispatcher dispatcher = new Dispatcher(cluster.client(), JOBS, 4, Duration.ofMillis(300))) {
            startWorkers(cluster);
            long lost = dispatcher.nextAnswered(PATIENCE);
            for (int i = 0; i < 20; i++) {
                dispatcher.nextAnswered(PATIENCE);
            }
            IMap<Long, Delivery> results = cluster.client().getMap(WorkerLoop.RESULTS);
            results.delete(lost);

            BatchCheck check = dispatcher.finish(PATIENCE);

            assertThat(check.complete()).as(check.toString()).isTrue();
            assertThat(check.redeliveries()).isPositive();
            assertThat(results.get(lost)).isNotNull();
        }
    }

    @Test
    void killingAWorkerMidBatchLosesNoJob() throws Exception {
        try (LocalCluster cluster = LocalCluster.start(2, "test");
                Dispatcher dispatcher = new Dispatcher(cluster.client(), JOBS, 8, Duration.ofMillis(500))) {
            startWorkers(cluster);
            for (int i = 0; i < 100; i++) {
                dispatcher.nextAnswered(PATIENCE);
            }
            cluster.kill(1);
            for (int i = 0; i < 100; i++) {
                dispatcher.nextAnswered(PATIENCE);
            }
            BatchCheck check = dispatcher.finish(PATIENCE);
            assertThat(check.complete()).as(check.toString()).isTrue();
            assertThat(check.jobs()).isGreaterThanOrEqualTo(200);
            // No comparison of the dispatcher's duplicate count with the map's: while the killed
            // member's partitions move, Hazelcast may deliver an answer's entry event once more
            // (seen in CI: 1 duplicate event, 0 duplicate deliveries), so only the map's count is exact.
        }
    }

    private static void startWorkers(LocalCluster cluster) {
        for (Member member : cluster.client().getCluster().getMembers()) {
            cluster.client().getExecutorService("workers").executeOnMember(new WorkerLoop(), member);
        }
    }
}
