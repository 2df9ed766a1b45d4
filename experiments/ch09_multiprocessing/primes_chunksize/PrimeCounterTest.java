package dev.perflab.experiments.ch09.primes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.experiments.ch09.processpool.ProcessPool;
import java.util.BitSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrimeCounterTest {

    /** Primes in the default range [100,000,000, 100,100,000), the book's range. */
    private static final long PRIMES_IN_DEFAULT_RANGE = 5_411;

    /** Worker JVMs cost a start-up each: one pool serves every test here. */
    private static ProcessPool processes;

    @BeforeAll
    static void startProcesses() {
        processes = ProcessPool.start(2);
    }

    @AfterAll
    static void stopProcesses() {
        processes.close();
    }

    /**
     * The plainest sieve there is, written apart from the code under test: strike out the
     * multiples of every d from 2 to √end, prime or not, inside the window.
     */
    private static long sieveCount(long rangeStart, int rangeSize) {
        long end = rangeStart + rangeSize;
        BitSet composite = new BitSet(rangeSize);
        for (long d = 2; d * d < end; d++) {
            long multiple = Math.max(d * d, (rangeStart + d - 1) / d * d);
            for (; multiple < end; multiple += d) {
                composite.set((int) (multiple - rangeStart));
            }
        }
        long primes = 0;
        for (int i = 0; i < rangeSize; i++) {
            if (rangeStart + i >= 2 && !composite.get(i)) {
                primes++;
            }
        }
        return primes;
    }

    @Test
    void knowsHowManyPrimesTheDefaultRangeHolds() {
        assertThat(sieveCount(100_000_000, 100_000)).isEqualTo(PRIMES_IN_DEFAULT_RANGE);
        assertThat(SegmentedSieve.countPrimes(100_000_000, 100_000)).isEqualTo(PRIMES_IN_DEFAULT_RANGE);
    }

    @ParameterizedTest
    @CsvSource({"1000, 2", "10000, 2", "100000, 2", "50000, 1", "7, 3"})
    void countsTheDefaultRangeInAnyChunkSizeAndWorkerCount(int chunkSize, int workers) throws Exception {
        assertThat(count(new Chunks.OfSize(100_000_000, 100_000, chunkSize), workers))
                .isEqualTo(PRIMES_IN_DEFAULT_RANGE);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 1000, 1, 1",
        "0, 1000, 1, 3",
        "0, 1000, 64, 2",
        "1, 1, 1, 1",
        "2, 1, 1, 1",
        "999990, 20, 3, 2",
        "10000000, 20000, 333, 4",
        "1000000000, 5000, 1000, 2",
        "100000000, 3000, 10000000, 2"
    })
    void agreesWithASieve(long rangeStart, int rangeSize, int chunkSize, int workers) throws Exception {
        long expected = sieveCount(rangeStart, rangeSize);
        assertThat(count(new Chunks.OfSize(rangeStart, rangeSize, chunkSize), workers))
                .isEqualTo(expected);
        assertThat(SegmentedSieve.countPrimes(rangeStart, rangeSize)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1000", "10000", "100000"})
    void countsTheDefaultRangeInWorkerProcesses(int chunkSize) throws Exception {
        var counter = PrimeCounter.inProcesses(processes);
        assertThat(counter.countPrimes(new Chunks.OfSize(100_000_000, 100_000, chunkSize)))
                .isEqualTo(PRIMES_IN_DEFAULT_RANGE);
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "7", "9", "32", "1000"})
    void countsTheDefaultRangeInAnyNumberOfChunks(int count) throws Exception {
        var chunks = new Chunks.Evenly(100_000_000, 100_000, count);
        assertThat(count(chunks, 2)).isEqualTo(PRIMES_IN_DEFAULT_RANGE);
        assertThat(PrimeCounter.inProcesses(processes).countPrimes(chunks)).isEqualTo(PRIMES_IN_DEFAULT_RANGE);
    }

    @ParameterizedTest
    @CsvSource({"0, 1000, 1", "999990, 20, 3", "1000000000, 5000, 1000"})
    void agreesWithASieveInWorkerProcesses(long rangeStart, int rangeSize, int chunkSize) throws Exception {
        var counter = PrimeCounter.inProcesses(processes);
        assertThat(counter.countPrimes(new Chunks.OfSize(rangeStart, rangeSize, chunkSize)))
                .isEqualTo(sieveCount(rangeStart, rangeSize));
    }

    @Test
    void processTaskCountsOneChunksPrimes() {
        assertThat(new PrimesTask().apply(new long[] {0, 100})).containsExactly(25);
        assertThat(new PrimesTask().apply(new long[] {100_000_000, 100_000_000}))
                .containsExactly(0);
    }

    @Test
    void cutsByChunkSizeOrByNumberOfChunksNeverBoth() {
        assertThat(PrimesChunkSize.cut(0, 100, 10, 0)).isEqualTo(new Chunks.OfSize(0, 100, 10));
        assertThat(PrimesChunkSize.cut(0, 100, 0, 7)).isEqualTo(new Chunks.Evenly(0, 100, 7));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PrimesChunkSize.cut(0, 100, 10, 7))
                .hasMessageContaining("set chunkSize to 0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PrimesChunkSize.cut(0, 100, 0, 0))
                .hasMessageContaining("exactly one");
    }

    @Test
    void findsTheTwentyFivePrimesBelowAHundred() {
        assertThat(sieveCount(0, 100)).isEqualTo(25);
        assertThat(SegmentedSieve.countPrimes(0, 100)).isEqualTo(25);
    }

    @Test
    void treatsTheSmallNumbersAsTheBookDoes() {
        assertThat(TrialDivision.isPrime(0)).isFalse();
        assertThat(TrialDivision.isPrime(1)).isFalse();
        assertThat(TrialDivision.isPrime(2)).isTrue();
        assertThat(TrialDivision.isPrime(3)).isTrue();
        assertThat(TrialDivision.isPrime(9)).isFalse();
        // A square of a prime is the case a divisor bound of √n − 1 would miss.
        assertThat(TrialDivision.isPrime(10_007L * 10_007L)).isFalse();
        assertThat(TrialDivision.isPrime(100_000_007)).isTrue();
    }

    private static long count(Chunks chunks, int workers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            return PrimeCounter.onThreads(pool).countPrimes(chunks);
        } finally {
            pool.shutdownNow();
        }
    }
}
