package dev.perflab.experiments.ch08.cpuio;

import dev.perflab.experiments.ch08.delay.Answers;
import dev.perflab.experiments.ch08.delay.DelayServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.Arrays;
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
 * Time to hash {@code items} passwords at {@code workFactor} PBKDF2 iterations each and store every
 * hash on a server in the same fork that answers {@code delayMillis} later.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CpuAndIo {

    @Param("40")
    public int items;

    @Param("4000")
    public int workFactor;

    @Param("10")
    public int delayMillis;

    @Param("10")
    public int batch;

    @Param("overlapped")
    public String variant;

    private DelayServer server;
    private HttpClient client;
    private Workload workload;
    /** Each item's hash computed once, before measuring, by the plain loop of the no-io variant. */
    private String[] expected;

    private String[] lastHashes;
    private int forks;
    private int measurementIterations;

    @Setup(Level.Trial)
    public void start(BenchmarkParams benchmark) throws IOException {
        forks = benchmark.getForks();
        measurementIterations = benchmark.getMeasurement().getCount();
        server = DelayServer.start();
        client = Answers.newClient();
        PasswordHash hash = new PasswordHash(workFactor);
        expected = new String[items];
        for (int index = 0; index < items; index++) {
            expected[index] = hash.hashItem(index);
        }
        workload = new Workload(server, client, hash, Workload.Variant.of(variant), batch, delayMillis);
    }

    @Benchmark
    public String[] hashAndStore(ItemCounters counters, HashCpuCounters cpu) throws IOException, InterruptedException {
        lastHashes = workload.run(items);
        counters.items += items;
        cpu.record(workload.takeHashCpuMillis(), forks, measurementIterations);
        return lastHashes;
    }

    /** A fast wrong answer is not a result: every item must have stored its own hash. */
    @TearDown(Level.Iteration)
    public void checkHashes() {
        if (!Arrays.equals(lastHashes, expected)) {
            throw new IllegalStateException("the hashes stored differ from the items' hashes");
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        try {
            if (server.served() != workload.stored()) {
                throw new IllegalStateException(
                        "the server answered " + server.served() + " stores, the client checked " + workload.stored());
            }
        } finally {
            client.close();
            server.close();
        }
    }
}
