package dev.perflab.experiments.ch09.verifyflags;

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
 * Time to decide whether {@code candidate} is prime with its factor range split over
 * {@code workers}, which learn of a factor found through a flag of kind {@code flag}, polled every
 * {@code checkEvery} divisors; and the CPU time it took, as {@link VerifyCounters#cpuMillis}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VerifyPrimesFlags {

    @Param("prime-1")
    public String candidate;

    @Param("volatile")
    public String flag;

    @Param("2")
    public int workers;

    @Param("1000")
    public int checkEvery;

    private Candidate number;
    private PrimeVerifier verifier;
    private Verdict wrong;
    private int forks;
    private int measurementIterations;
    private long cpuNanosInIteration;
    private long verificationsInIteration;

    @Setup(Level.Trial)
    public void startWorkers(BenchmarkParams benchmark) {
        number = Candidate.of(candidate);
        verifier = PrimeVerifier.open(FlagKind.of(flag), workers, checkEvery);
        forks = benchmark.getForks();
        measurementIterations = benchmark.getMeasurement().getCount();
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        cpuNanosInIteration = 0;
        verificationsInIteration = 0;
    }

    @Benchmark
    public Verdict verify(VerifyCounters counters) {
        Verification verification = verifier.verify(number.value);
        Verdict verdict = verification.verdict();
        if (!number.accepts(verdict)) {
            wrong = verdict;
        }
        cpuNanosInIteration += verification.cpuNanos();
        verificationsInIteration++;
        double cpuMillis = cpuNanosInIteration / 1e6 / verificationsInIteration;
        counters.cpuMillis = VerifyCounters.iterationShare(cpuMillis, forks, measurementIterations);
        return verdict;
    }

    /** A fast wrong answer is not a result: one wrong verdict fails the run. */
    @TearDown(Level.Iteration)
    public void checkVerdicts() {
        if (wrong != null) {
            throw new IllegalStateException(flag + " with " + workers + " workers answered " + wrong + " for "
                    + number.value + ", which is " + (number.isPrime() ? "prime" : "not prime"));
        }
    }

    @TearDown(Level.Trial)
    public void stopWorkers() {
        verifier.close();
    }
}
