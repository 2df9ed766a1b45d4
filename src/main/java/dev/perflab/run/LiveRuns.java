package dev.perflab.run;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import reactor.core.publisher.Mono;

/**
 * Channels of the runs that are queued or running. An ended run's channel stays a little while so
 * viewers who connected at its end still replay from memory; after that the store serves it.
 */
final class LiveRuns {

    static final Duration LINGER = Duration.ofSeconds(30);

    private final ConcurrentMap<String, EventChannel> channels = new ConcurrentHashMap<>();

    void add(String runId, EventChannel channel) {
        channels.put(runId, channel);
        channel.terminated().then(Mono.delay(LINGER)).subscribe(done -> channels.remove(runId, channel));
    }

    Optional<EventChannel> find(String runId) {
        return Optional.ofNullable(channels.get(runId));
    }
}
