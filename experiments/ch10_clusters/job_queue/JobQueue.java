package dev.perflab.experiments.ch10.jobs;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.IExecutorService;
import dev.perflab.experiments.ch10.cluster.LocalCluster;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Jobs answered per second by {@code workers} worker members of a Hazelcast cluster, each a JVM of
 * its own, fed by an at-least-once {@link Dispatcher} in this JVM. One benchmark call waits for the
 * next job answered for the first time, so each iteration's score is the queue's throughput in that
 * slice of time: the iterations in order are its throughput over time. With {@code kill} set to
 * {@code one-worker}, a worker JVM is killed (SIGKILL) halfway through measurement iteration
 * {@code killAtIteration}. At the end every job given out must have its right answer in the cluster.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JobQueue {

    /** A call waits this long for an answer before the run fails: the queue has stalled. */
    private static final Duration STALLED = Duration.ofSeconds(60);

    /**
     * Jobs handed out and unanswered, per worker: the next job waits in the queue while a worker
     * works, so it never waits on a round trip to the client; no more, because the timeout runs
     * from handing out, and a job queued behind many others would time out unstarted on a busy
     * machine, be handed out again, add work and make the next ones later still.
     */
    private static final int JOBS_IN_FLIGHT_PER_WORKER = 2;

    @Param("2")
    public int workers;

    @Param("none")
    public String kill;

    @Param("5")
    public int killAtIteration;

    @Param("2000000")
    public long factorSize;

    @Param("3000")
    public int ackTimeoutMillis;

    private LocalCluster cluster;
    private Dispatcher dispatcher;
    private final ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong kills = new AtomicLong();
    private volatile Throwable killFailure;
    private int measurementIteration;
    private long redeliveriesBefore;
    private long duplicatesBefore;
    private long killsBefore;

    @Setup(Level.Trial)
    public void startQueue(BenchmarkParams benchmark) throws IOException, InterruptedException {
        KillPlan.of(kill)
                .check(workers, killAtIteration, benchmark.getMeasurement().getCount());
        cluster = LocalCluster.start(workers, "jobs");
        IExecutorService executor = cluster.client().getExecutorService("workers");
        for (Member member : cluster.client().getCluster().getMembers()) {
            executor.executeOnMember(new WorkerLoop(), member);
        }
        dispatcher = new Dispatcher(
                cluster.client(),
                new FactorJobs(factorSize),
                JOBS_IN_FLIGHT_PER_WORKER * workers,
                Duration.ofMillis(ackTimeoutMillis));
    }

    @Setup(Level.Iteration)
    public void startIteration(IterationParams iteration) {
        redeliveriesBefore = dispatcher.redeliveries();
        duplicatesBefore = dispatcher.duplicatesSeen();
        killsBefore = kills.get();
        if (iteration.getType() != IterationType.MEASUREMENT) {
            return;
        }
        measurementIteration++;
        if (KillPlan.of(kill) == KillPlan.ONE_WORKER && measurementIteration == killAtIteration) {
            long halfway = iteration.getTime().convertTo(TimeUnit.MILLISECONDS) / 2;
            killer.schedule(this::killLastWorker, halfway, TimeUnit.MILLISECONDS);
        }
    }

    @Benchmark
    public long answerJob(QueueCounters counters) throws InterruptedException {
        long id = dispatcher.nextAnswered(STALLED);
        counters.redeliveries = dispatcher.redeliveries() - redeliveriesBefore;
        counters.duplicates = dispatcher.duplicatesSeen() - duplicatesBefore;
        counters.killedWorkers = kills.get() - killsBefore;
        return id;
    }

    /** Nothing lost: every job given out must be answered, rightly, before the trial may pass. */
    @TearDown(Level.Trial)
    public void checkBatch() throws InterruptedException {
        try {
            if (killFailure != null) {
                throw new IllegalStateException("the worker could not be killed", killFailure);
            }
            BatchCheck check = dispatcher.finish(STALLED);
            System.err.println("ch10.job-queue " + workers + " workers, kill " + kill + ": " + check);
            if (!check.complete()) {
                throw new IllegalStateException("jobs lost or answered wrongly: " + check);
            }
        } finally {
            killer.shutdownNow();
            dispatcher.close();
            cluster.close();
        }
    }

    private void killLastWorker() {
        try {
            cluster.kill(cluster.size() - 1);
            kills.incrementAndGet();
        } catch (InterruptedException | RuntimeException e) {
            killFailure = e;
        }
    }
}
