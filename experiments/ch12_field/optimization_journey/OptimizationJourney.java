package dev.perflab.experiments.ch12.journey;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * Time to count the words of a generated corpus file and rank its top {@code k}, with the journey's
 * {@code step}, and the heap bytes one count allocates on all threads ({@link AllocationCounters}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OptimizationJourney {

    private static final long SEED = 20_261_126L;
    private static final double BYTES_PER_MEBIBYTE = 1024.0 * 1024.0;
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Param("1000000")
    public int words;

    @Param("100000")
    public int vocabulary;

    @Param("10")
    public int k;

    @Param("naive")
    public String step;

    private Path corpus;
    private TopWords expected;
    private ExecutorService pool;
    private Step.WordCounter counter;
    private int shareDivisor;
    private long iterationBytes;
    private long iterationCounts;
    private TopWords last;

    @Setup(Level.Trial)
    public void writeCorpus(BenchmarkParams benchmark) throws IOException {
        corpus = Files.createTempFile("perflab-ch12-corpus-", ".txt");
        expected = Corpus.write(corpus, SEED, words, vocabulary).expected(k);
        int threads = Runtime.getRuntime().availableProcessors();
        pool = Executors.newFixedThreadPool(threads);
        counter = Step.of(step).counter(pool, threads);
        shareDivisor =
                Math.max(benchmark.getForks(), 1) * benchmark.getMeasurement().getCount();
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        iterationBytes = 0;
        iterationCounts = 0;
        last = null;
    }

    /** Two reads of the JVM's allocation total around a count of tens of milliseconds. */
    @Benchmark
    public TopWords count(AllocationCounters allocation) throws IOException {
        long before = THREADS.getTotalThreadAllocatedBytes();
        last = counter.count(corpus, k);
        iterationBytes += THREADS.getTotalThreadAllocatedBytes() - before;
        iterationCounts++;
        allocation.allocatedMiB = iterationBytes / BYTES_PER_MEBIBYTE / iterationCounts / shareDivisor;
        return last;
    }

    /** A fast wrong answer is not a result: the run fails if a step's ranking differs from the generator's. */
    @TearDown(Level.Iteration)
    public void checkRanking() {
        if (!expected.equals(last)) {
            throw new IllegalStateException("step " + step + " ranked " + last + ", the generator counted " + expected);
        }
    }

    @TearDown(Level.Trial)
    public void removeCorpus() throws IOException {
        pool.shutdownNow();
        Files.deleteIfExists(corpus);
    }
}
