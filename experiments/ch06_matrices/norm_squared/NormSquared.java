package dev.perflab.experiments.ch06.normsquared;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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

/**
 * Microseconds to sum the squares of {@code n} doubles the way {@code variant} says. The values
 * are drawn once per trial from a seeded generator; the boxed variants read them as a
 * {@code List<Double>}, the others as a {@code double[]}. Every iteration's last answer is checked
 * against a compensated reference sum.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NormSquared {

    static final long SEED = 20_061_998L;
    /** Relative difference allowed between any variant and the reference: the summation orders differ. */
    static final double TOLERANCE = 1e-9;

    @Param("1000000")
    public int n;

    @Param("array-loop")
    public String variant;

    private Variant way;
    private double[] array;
    private List<Double> list;
    private double reference;
    /** The last answer, checked after each iteration (package-private so a test can spoil it). */
    double last = Double.NaN;

    @Setup(Level.Trial)
    public void setUp() {
        way = Variant.named(variant);
        array = values(n, SEED);
        list = way.boxed() ? boxed(array) : List.of();
        reference = SumOfSquares.reference(array);
    }

    @Benchmark
    public double sumOfSquares() {
        last = way.sumOfSquares(list, array);
        return last;
    }

    @TearDown(Level.Iteration)
    public void check() {
        if (!SumOfSquares.agrees(last, reference, TOLERANCE)) {
            throw new IllegalStateException(
                    variant + " summed the squares of " + n + " doubles to " + last + ", not " + reference);
        }
        last = Double.NaN;
    }

    /** {@code n} doubles drawn uniformly from [-1, 1). */
    static double[] values(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextDouble(-1, 1);
        }
        return values;
    }

    /** The same values boxed, one {@code Double} each, in an {@code ArrayList}. */
    static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(value);
        }
        return list;
    }
}
