package dev.perflab.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** The lab's own figures, published at {@code /actuator/prometheus}. */
@Component
public class LabMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, Instant> queuedAt = new ConcurrentHashMap<>();
    private final Map<String, Instant> runStarts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> forkSeen = new ConcurrentHashMap<>();
    private final Map<String, Boolean> iterationSeen = new ConcurrentHashMap<>();
    private final Timer queueWait;
    private final Timer forkStart;
    private final Timer firstIteration;
    private final Timer runDuration;
    private final AtomicInteger sseSubscribers = new AtomicInteger();
    private final Counter eventsDelivered;

    public LabMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.clock = Clock.systemUTC();
        this.queueWait = Timer.builder("perflab.queue.wait")
                .description("From a run's acceptance to its start, waiting for the runs before it")
                .register(registry);
        this.forkStart = Timer.builder("perflab.fork.start")
                .description("From a run's start to its first measuring JVM")
                .register(registry);
        this.firstIteration = Timer.builder("perflab.run.first.iteration")
                .description("From a run's start to the end of its first iteration")
                .register(registry);
        this.runDuration = Timer.builder("perflab.run.duration")
                .description("From a run's start to its end")
                .register(registry);
        Gauge.builder("perflab.sse.subscribers", sseSubscribers, AtomicInteger::get)
                .description("Open event streams")
                .register(registry);
        this.eventsDelivered = Counter.builder("perflab.sse.events")
                .description("Events sent to viewers")
                .register(registry);
    }

    public void queueDepth(Supplier<Number> depth) {
        Gauge.builder("perflab.queue.depth", depth)
                .description("Runs queued or running")
                .register(registry);
    }

    public void queued(String runId) {
        queuedAt.put(runId, clock.instant());
    }

    public void started(String runId) {
        Instant now = clock.instant();
        runStarts.put(runId, now);
        Instant queued = queuedAt.remove(runId);
        if (queued != null) {
            queueWait.record(Duration.between(queued, now));
        }
    }

    public void forkStarted(String runId) {
        Instant start = runStarts.get(runId);
        if (start != null && forkSeen.putIfAbsent(runId, true) == null) {
            forkStart.record(Duration.between(start, clock.instant()));
        }
    }

    public void iterationEnded(String runId) {
        Instant start = runStarts.get(runId);
        if (start != null && iterationSeen.putIfAbsent(runId, true) == null) {
            firstIteration.record(Duration.between(start, clock.instant()));
        }
    }

    public void ended(String runId, String status) {
        Counter.builder("perflab.runs")
                .tag("status", status)
                .description("Runs ended, by outcome")
                .register(registry)
                .increment();
        queuedAt.remove(runId);
        Instant start = runStarts.remove(runId);
        forkSeen.remove(runId);
        iterationSeen.remove(runId);
        if (start != null) {
            runDuration.record(Duration.between(start, clock.instant()));
        }
    }

    public void viewerConnected() {
        sseSubscribers.incrementAndGet();
    }

    public void viewerLeft() {
        sseSubscribers.decrementAndGet();
    }

    public void eventsDelivered(int count) {
        eventsDelivered.increment(count);
    }
}
