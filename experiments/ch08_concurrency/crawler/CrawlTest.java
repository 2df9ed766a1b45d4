package dev.perflab.experiments.ch08.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perflab.experiments.ch08.delay.Answers;
import dev.perflab.experiments.ch08.delay.DelayServer;
import java.io.IOException;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CrawlTest {

    private final DelayServer server = start();
    private final HttpClient client = Answers.newClient();

    private static DelayServer start() {
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

    @ParameterizedTest
    @EnumSource(Crawl.Variant.class)
    void fetchesEveryItemOnceAndChecksIt(Crawl.Variant variant) throws Exception {
        try (Crawl crawl = new Crawl(server, client, variant, 5, 1)) {
            assertThat(crawl.fetch(23)).isEqualTo(23);
            assertThat(crawl.fetch(23)).isEqualTo(23);
        }
        assertThat(server.served()).isEqualTo(46);
    }

    /**
     * With answers 400 ms away, every request the client may hold reaches the server long before
     * the first answer: the server's peak is the limit, whatever the machine's load.
     */
    @ParameterizedTest
    @EnumSource(Crawl.Variant.class)
    void holdsAsManyRequestsAsTheLimitAllows(Crawl.Variant variant) throws Exception {
        try (Crawl crawl = new Crawl(server, client, variant, 6, 400)) {
            crawl.fetch(7);
            assertThat(server.peakInFlight()).isEqualTo(crawl.limit(7));
        }
    }

    @Test
    void limitIsOneForSerialAndNeverAboveTheRequests() {
        try (Crawl serial = new Crawl(server, client, Crawl.Variant.SERIAL, 50, 1);
                Crawl async = new Crawl(server, client, Crawl.Variant.ASYNC, 50, 1)) {
            assertThat(serial.limit(100)).isEqualTo(1);
            assertThat(async.limit(100)).isEqualTo(50);
            assertThat(async.limit(20)).isEqualTo(20);
        }
    }

    @ParameterizedTest
    @EnumSource(Crawl.Variant.class)
    void failsWhenTheServerIsGone(Crawl.Variant variant) {
        server.close();
        try (Crawl crawl = new Crawl(server, client, variant, 3, 1)) {
            assertThatThrownBy(() -> crawl.fetch(4)).isInstanceOf(Exception.class);
        }
    }

    @Test
    void iterationSharesOfThePeakAddUpToTheMeanPeak() {
        // Peaks of 60 and 64 in two measurement iterations of one fork: the result is their mean.
        assertThat(CrawlCounters.iterationShare(60, 1, 2) + CrawlCounters.iterationShare(64, 1, 2))
                .isEqualTo(62.0);
        assertThat(CrawlCounters.iterationShare(8, 0, 4)).isEqualTo(2.0);
    }

    @Test
    void namesEveryVariantById() {
        for (Crawl.Variant variant : Crawl.Variant.values()) {
            assertThat(Crawl.Variant.of(variant.id)).isEqualTo(variant);
        }
        assertThatThrownBy(() -> Crawl.Variant.of("gevent")).isInstanceOf(IllegalArgumentException.class);
    }
}
