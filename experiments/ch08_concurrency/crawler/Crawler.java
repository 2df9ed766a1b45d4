package dev.perflab.experiments.ch08.crawler;

import dev.perflab.experiments.ch08.delay.Answers;
import dev.perflab.experiments.ch08.delay.DelayServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
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

/**
 * Time to fetch {@code requests} items from a server in the same fork that answers each after
 * {@code delayMillis}, by one of four clients holding at most {@code concurrency} requests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Crawler {

    @Param("100")
    public int requests;

    @Param("10")
    public int delayMillis;

    @Param("16")
    public int concurrency;

    @Param("async")
    public String variant;

    private DelayServer server;
    private HttpClient client;
    private Crawl crawl;
    private int forks;
    private int measurementIterations;
    private long answered;
    private int mostHeld;

    @Setup(Level.Trial)
    public void start(BenchmarkParams benchmark) throws IOException {
        server = DelayServer.start();
        client = Answers.newClient();
        crawl = new Crawl(server, client, Crawl.Variant.of(variant), concurrency, delayMillis);
        forks = benchmark.getForks();
        measurementIterations = benchmark.getMeasurement().getCount();
    }

    @Setup(Level.Iteration)
    public void startPeak() {
        server.resetPeak();
    }

    @Benchmark
    public int crawl(CrawlCounters counters) throws IOException, InterruptedException, ExecutionException {
        int fetched = crawl.fetch(requests);
        answered += fetched;
        counters.peakInFlight = CrawlCounters.iterationShare(server.peakInFlight(), forks, measurementIterations);
        return fetched;
    }

    /** A crawl that held more requests than its limit did not measure the concurrency asked for. */
    @TearDown(Level.Iteration)
    public void checkPeak() {
        int peak = server.peakInFlight();
        if (peak > crawl.limit(requests)) {
            throw new IllegalStateException(
                    "the server held " + peak + " requests at once, over the limit of " + crawl.limit(requests));
        }
        mostHeld = Math.max(mostHeld, peak);
    }

    /**
     * Every request sent was answered once and checked; and at some point the server held at least
     * half the requests the limit allows. A busy machine may start requests too slowly to keep all
     * of them waiting at once (the secondary result shows how many it kept); a peak below half the
     * limit means something caps the concurrency, and the run would measure less than it names.
     */
    @TearDown(Level.Trial)
    public void stop() {
        try {
            if (server.served() != answered) {
                throw new IllegalStateException(
                        "the server answered " + server.served() + " requests, the client checked " + answered);
            }
            if (2 * mostHeld < crawl.limit(requests)) {
                throw new IllegalStateException("the server never held more than " + mostHeld
                        + " requests at once, under half the limit of " + crawl.limit(requests));
            }
        } finally {
            crawl.close();
            client.close();
            server.close();
        }
    }
}
