package dev.perflab.experiments.ch08.delay;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP server on a loopback ephemeral port. {@code GET} or {@code POST /item?id=ID&delay=MS}
 * is answered after MS milliseconds with a body of ID, a newline and the request's body: a client
 * that checks the echo knows the answer is the one to its own request.
 *
 * <p>Each request is handled on its own virtual thread, so a waiting request holds no platform
 * thread and the server never caps the clients' concurrency: a thousand requests sleeping at once
 * cost a thousand small heap objects. The listen backlog is large for the same reason.
 */
public final class DelayServer implements AutoCloseable {

    /** Pending connections the kernel may queue (capped by the system's somaxconn). */
    private static final int BACKLOG = 4096;

    private final HttpServer server;
    private final ExecutorService handlers;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();
    private final AtomicLong served = new AtomicLong();

    private DelayServer(HttpServer server, ExecutorService handlers) {
        this.server = server;
        this.handlers = handlers;
    }

    public static DelayServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BACKLOG);
        ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
        DelayServer delayServer = new DelayServer(server, handlers);
        server.createContext("/item", delayServer::answer);
        server.setExecutor(handlers);
        server.start();
        return delayServer;
    }

    /** The address of item {@code id}, answered after {@code delayMillis}. */
    public URI itemUri(long id, int delayMillis) {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/item?id=" + id + "&delay="
                + delayMillis);
    }

    /** The body the server answers for item {@code id} sent with {@code requestBody}. */
    public static String expectedBody(long id, String requestBody) {
        return id + "\n" + requestBody;
    }

    /** Requests answered with 200 since the start. */
    public long served() {
        return served.get();
    }

    /** The most requests held at once since the last {@link #resetPeak()}. */
    public int peakInFlight() {
        return peakInFlight.get();
    }

    /** Starts a new peak from the requests held now (zero between measurements). */
    public void resetPeak() {
        peakInFlight.set(inFlight.get());
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            ItemRequest request = ItemRequest.parse(exchange.getRequestURI().getRawQuery());
            if (request == null) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            String requestBody = readBody(exchange.getRequestBody());
            hold(request.delayMillis());
            byte[] body = expectedBody(request.id(), requestBody).getBytes(StandardCharsets.UTF_8);
            // Counted before the client can read it, so a client that got every answer sees them all counted.
            served.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * Waits, counting the request as held meanwhile. It stops counting before the answer is
     * written: a client that sends its next request on reading an answer never appears to hold
     * one request more than it does.
     */
    private void hold(int delayMillis) throws InterruptedIOException {
        int held = inFlight.incrementAndGet();
        peakInFlight.accumulateAndGet(held, Math::max);
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while holding a request");
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static String readBody(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
