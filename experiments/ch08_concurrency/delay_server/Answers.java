package dev.perflab.experiments.ch08.delay;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** How the chapter's clients talk to the {@link DelayServer}, and how they check what it answers. */
public final class Answers {

    private Answers() {}

    /**
     * A client speaking HTTP/1.1 only: without it the JDK client offers an h2c upgrade on every
     * new connection. Its HTTP/1.1 pool opens a connection whenever none is idle and keeps any
     * number alive, so it never caps the concurrency a caller asks for.
     */
    public static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static HttpRequest get(URI item) {
        return HttpRequest.newBuilder(item).GET().build();
    }

    public static HttpRequest post(URI item, String body) {
        return HttpRequest.newBuilder(item)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Throws unless the answer is a 200 echoing item {@code id} and the body sent with it. */
    public static void check(HttpResponse<String> response, long id, String sentBody) {
        String expected = DelayServer.expectedBody(id, sentBody);
        if (response.statusCode() != 200 || !expected.equals(response.body())) {
            throw new IllegalStateException("item " + id + " answered " + response.statusCode() + " with '"
                    + response.body() + "', expected '" + expected + "'");
        }
    }
}
