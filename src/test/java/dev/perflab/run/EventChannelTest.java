package dev.perflab.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.store.EventRow;
import dev.perflab.store.RunRow;
import dev.perflab.store.RunStore;
import dev.perflab.store.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

class EventChannelTest {

    @TempDir
    Path dir;

    private RunStore store;
    private EventChannel channel;

    @BeforeEach
    void open() {
        store = TestDatabase.open(dir);
        store.insert(new RunRow(
                        "r1", "ch09.x", "{}", "{}", "{}", null, "QUEUED", Instant.now(), null, null, null, "dev"))
                .block();
        channel = channelOn(store, EventChannel.GATHER);
    }

    /** Run r1's channel, its events numbered from 1. */
    private static EventChannel channelOn(RunStore store, Duration gather) {
        return new EventChannel("r1", 1, store, JsonMapper.builder().build(), Clock.systemUTC(), gather);
    }

    @Test
    void replaysEventsToLateSubscriberThenEnds() {
        channel.publish("queued", Map.of("position", 1));
        channel.publish("iteration", Map.of("score", 2.5));
        channel.publish(
                "finished", Map.of("status", "SUCCEEDED"), store.markEnded("r1", "SUCCEEDED", Instant.now(), null));

        StepVerifier.create(channel.batches().flatMapIterable(batch -> batch))
                .expectNextMatches(e ->
                        e.id() == 1 && e.type().equals("queued") && e.data().equals("{\"position\":1}"))
                .expectNextMatches(e -> e.id() == 2 && e.type().equals("iteration"))
                .expectNextMatches(e -> e.id() == 3 && e.isTerminal())
                .expectComplete()
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void storesEveryEventAndTheStatusBeforeViewersSeeTheEnd() {
        channel.publish("queued", Map.of("position", 1));
        channel.publish(
                "finished", Map.of("status", "SUCCEEDED"), store.markEnded("r1", "SUCCEEDED", Instant.now(), null));
        channel.terminated().block(Duration.ofSeconds(5));

        assertThat(store.events("r1", 0).map(EventRow::type).collectList().block())
                .containsExactly("queued", "finished");
        assertThat(store.find("r1").block().status()).isEqualTo("SUCCEEDED");
    }

    /** What the database held when a viewer was handed an event. */
    private record Seen(long storedUpTo, String status) {}

    /**
     * A viewer is handed events on the channel's writer thread, so what the database holds at that
     * moment says whether the event was stored before or after viewers saw it.
     */
    @Test
    void viewersSeeAPlainEventBeforeItIsStoredAndAStatusChangeOnlyOnceItIsStored() {
        Map<String, Seen> seen = new ConcurrentHashMap<>();
        channel.batches()
                .flatMapIterable(batch -> batch)
                .subscribe(event -> seen.put(
                        event.type(),
                        new Seen(
                                store.lastSeq("r1").block(),
                                store.find("r1").block().status())));

        channel.publish("log", Map.of("line", "first"));
        channel.publish("started", Map.of(), store.markStarted("r1", Instant.now()));
        channel.publish(
                "finished", Map.of("status", "SUCCEEDED"), store.markEnded("r1", "SUCCEEDED", Instant.now(), null));
        channel.terminated().block(Duration.ofSeconds(5));

        assertThat(seen.get("log")).isEqualTo(new Seen(0, "QUEUED"));
        assertThat(seen.get("started").storedUpTo()).isGreaterThanOrEqualTo(2);
        assertThat(seen.get("started").status()).isIn("RUNNING", "SUCCEEDED");
        assertThat(seen.get("finished")).isEqualTo(new Seen(3, "SUCCEEDED"));
        assertThat(store.events("r1", 0).map(EventRow::type).collectList().block())
                .containsExactly("log", "started", "finished");
    }

    /** The delivering thread never waits for the storing one, except before a status change. */
    @Test
    void anEventArrivingWhileEarlierOnesAreStoredReachesViewersAtOnce() throws InterruptedException {
        var release = new CountDownLatch(1);
        var slowStore = new RunStore(TestDatabase.openClient(dir)) {
            @Override
            public Mono<Void> append(List<EventRow> events) {
                return Mono.<Void>fromRunnable(() -> awaitQuietly(release))
                        .subscribeOn(Schedulers.boundedElastic())
                        .then(super.append(events));
            }
        };
        var slowChannel = channelOn(slowStore, EventChannel.GATHER);
        var seen = new LinkedBlockingQueue<String>();
        slowChannel.batches().flatMapIterable(batch -> batch).subscribe(event -> seen.add(event.type()));

        slowChannel.publish("log", Map.of("line", "first"));
        assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo("log");
        slowChannel.publish("iteration", Map.of("score", 2.5));
        assertThat(seen.poll(5, TimeUnit.SECONDS))
                .as("an iteration published while the first event's store waits")
                .isEqualTo("iteration");
        assertThat(store.lastSeq("r1").block()).isZero();

        release.countDown();
        slowChannel.publish("failed", Map.of("status", "FAILED"));
        slowChannel.terminated().block(Duration.ofSeconds(5));
        assertThat(store.events("r1", 0).map(EventRow::type).collectList().block())
                .containsExactly("log", "iteration", "failed");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Cancelling a run interrupts its thread; an interrupted write would make H2 close the database. */
    @Test
    void storesEventsPublishedByAThreadThatIsInterrupted() throws InterruptedException {
        Thread publisher = Thread.ofPlatform().start(() -> {
            Thread.currentThread().interrupt();
            channel.publish("started", Map.of());
            channel.publish("cancelled", Map.of("status", "CANCELLED"));
        });
        publisher.join(Duration.ofSeconds(5));
        channel.terminated().block(Duration.ofSeconds(5));

        assertThat(store.events("r1", 0).map(EventRow::type).collectList().block())
                .containsExactly("started", "cancelled");
    }

    @Test
    void dropsEventsAfterTheTerminalOne() {
        channel.publish("cancelled", Map.of("status", "CANCELLED"));
        assertThat(channel.publish("finished", Map.of("status", "SUCCEEDED"))).isFalse();
        channel.terminated().block(Duration.ofSeconds(5));
        assertThat(store.events("r1", 0).map(EventRow::type).collectList().block())
                .containsExactly("cancelled");
    }

    @Test
    void handsEveryViewerTheSameBatchesInOrder() {
        channel.publish("queued", Map.of("position", 1));
        for (int i = 0; i < 50; i++) {
            channel.publish("log", Map.of("line", "line " + i));
        }
        channel.publish("failed", Map.of("status", "FAILED"));

        List<List<RunEvent>> first = channel.batches().collectList().block(Duration.ofSeconds(5));
        List<List<RunEvent>> second = channel.batches().collectList().block(Duration.ofSeconds(5));

        assertThat(first.stream().flatMap(List::stream).map(RunEvent::id))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 52).boxed().toList());
        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).isSameAs(first.get(i));
        }
    }

    @Test
    void eventsThatComeWithinTheGatheringTimeReachViewersInOneBatch() throws InterruptedException {
        var gathering = channelOn(store, Duration.ofSeconds(2));
        gathering.publish("iteration", Map.of("score", 2.5));
        Thread.sleep(100);
        gathering.publish("log", Map.of("line", "Iteration 1: 2.5 ms/op"));
        Thread.sleep(2_500);
        gathering.publish("failed", Map.of("status", "FAILED"));

        List<List<String>> batches = gathering
                .batches()
                .map(batch -> batch.stream().map(RunEvent::type).toList())
                .collectList()
                .block(Duration.ofSeconds(5));
        assertThat(batches).containsExactly(List.of("iteration", "log"), List.of("failed"));
    }

    @Test
    void deliversLiveEventsToAnEarlySubscriber() {
        StepVerifier.create(channel.batches().flatMapIterable(batch -> batch).map(RunEvent::type))
                .then(() -> channel.publish("started", Map.of()))
                .expectNext("started")
                .then(() -> channel.publish("failed", Map.of("status", "FAILED")))
                .expectNext("failed")
                .expectComplete()
                .verify(Duration.ofSeconds(5));
    }
}
