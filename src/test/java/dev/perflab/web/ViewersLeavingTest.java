package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.LabServerTest;
import dev.perflab.store.EventRow;
import dev.perflab.store.RunStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Viewers who leave as soon as they have asked (a tab closed, a network gone) end their streams:
 * the lab once kept such a stream open for good, with the viewer's place and the database
 * connection its replay was read with. After ten, every page that needed the database waited.
 */
class ViewersLeavingTest extends LabServerTest {

    private static final int LEAVERS = 100;

    @Autowired
    RunStore store;

    @Autowired
    ConnectionFactory connections;

    @Autowired
    MeterRegistry meters;

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @Test
    void viewersWhoLeaveMidReplayGiveBackTheirConnections() throws IOException {
        String run = new StoredRuns(store).add(1.0, 2);
        // Enough events that a replay is still being read when its viewer has gone.
        store.append(IntStream.rangeClosed(1_000, 1_500)
                        .mapToObj(seq -> new EventRow(run, seq, "log", Instant.now(), "{\"line\":\"warming up\"}"))
                        .toList())
                .block();
        // Viewers who stay to the end first: a warm server reads the replay before it sees a leaver go.
        for (int i = 0; i < 30; i++) {
            client.get()
                    .uri("/api/runs/{id}/events", run)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody(String.class)
                    .returnResult();
        }
        // Streams other tests of this shared server may still hold open; none of this test's stays.
        double openBefore = openStreams();
        byte[] request = ("GET /api/runs/" + run + "/events HTTP/1.1\r\nHost: localhost\r\n"
                        + "Accept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < LEAVERS; i++) {
            try (var socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
                // Closing with a reset, as a dropped connection does: the server learns at once.
                socket.setSoLinger(true, 0);
            }
        }

        // A stream that outlives its connection stays for good, so wait for a quiet spell: in flight,
        // a leaver's stream is open for a few milliseconds.
        assertThat(holdsFor(Duration.ofSeconds(2), () -> openStreams() <= openBefore))
                .as("event streams still open after " + LEAVERS + " viewers left: " + (openStreams() - openBefore))
                .isTrue();
        var pool = (ConnectionPool) connections;
        assertThat(holdsFor(Duration.ZERO, () -> pool.getMetrics().orElseThrow().acquiredSize() == 0))
                .as("database connections still taken after " + LEAVERS + " viewers left")
                .isTrue();
        try {
            client.mutate()
                    .responseTimeout(Duration.ofSeconds(20))
                    .build()
                    .get()
                    .uri("/api/runs/{id}", run)
                    .exchange()
                    .expectStatus()
                    .isOk();
        } catch (IllegalStateException e) {
            throw new AssertionError(
                    "the lab no longer answers once viewers have left: "
                            + pool.getMetrics().orElseThrow().acquiredSize() + " connections taken",
                    e);
        }
    }

    private double openStreams() {
        return meters.get("perflab.sse.subscribers").gauge().value();
    }

    /** Whether {@code condition} holds without a break for {@code spell}, within half a minute. */
    private static boolean holdsFor(Duration spell, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long since = System.nanoTime();
        while (System.nanoTime() < deadline) {
            if (!condition.getAsBoolean()) {
                since = System.nanoTime();
            } else if (System.nanoTime() - since >= spell.toNanos()) {
                return true;
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        return false;
    }
}
