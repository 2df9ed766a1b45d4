package dev.perflab.experiments.ch08.delay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DelayServerTest {

    private final DelayServer server = startServer();
    private final HttpClient client = Answers.newClient();

    private static DelayServer startServer() {
        try {
            return DelayServer.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void echoesTheItemIdOfAGet() throws Exception {
        HttpResponse<String> response =
                client.send(Answers.get(server.itemUri(42, 0)), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("42\n");
        Answers.check(response, 42, "");
        assertThat(server.served()).isEqualTo(1);
    }

    @Test
    void echoesTheBodyOfAPost() throws Exception {
        HttpResponse<String> response =
                client.send(Answers.post(server.itemUri(7, 1), "c5e478d5"), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).isEqualTo("7\nc5e478d5");
    }

    @Test
    void rejectsAnAnswerForAnotherItem() throws Exception {
        HttpResponse<String> response =
                client.send(Answers.get(server.itemUri(3, 0)), HttpResponse.BodyHandlers.ofString());
        assertThatThrownBy(() -> Answers.check(response, 4, "")).hasMessageContaining("item 4");
        assertThatThrownBy(() -> Answers.check(response, 3, "x")).hasMessageContaining("item 3");
    }

    @Test
    void answersNoSoonerThanTheDelay() throws Exception {
        long start = System.nanoTime();
        client.send(Answers.get(server.itemUri(1, 200)), HttpResponse.BodyHandlers.ofString());
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(200);
    }

    @Test
    void countsTheRequestsHeldAtOnce() {
        // Twenty requests that each wait two seconds overlap whatever the machine's load.
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int id = 0; id < 20; id++) {
            answers.add(client.sendAsync(Answers.get(server.itemUri(id, 2000)), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        assertThat(server.peakInFlight()).isEqualTo(20);
        assertThat(server.served()).isEqualTo(20);

        server.resetPeak();
        client.sendAsync(Answers.get(server.itemUri(99, 0)), HttpResponse.BodyHandlers.ofString())
                .join();
        assertThat(server.peakInFlight()).isEqualTo(1);
    }

    @Test
    void refusesAQueryThatNamesNoItem() throws Exception {
        URI base = server.itemUri(1, 0);
        for (String query : List.of("", "?id=1", "?delay=5", "?id=x&delay=1", "?id=1&delay=-1", "?id=1&delay=1&y=2")) {
            URI uri = URI.create(base.toString().replaceFirst("\\?.*", "") + query);
            HttpResponse<String> response =
                    client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(query).isEqualTo(400);
        }
        assertThat(server.served()).isZero();
    }
}
