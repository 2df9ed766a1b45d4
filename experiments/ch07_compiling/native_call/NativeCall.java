package dev.perflab.experiments.ch07.nativecall;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
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
 * Microseconds to do one job over {@code n} doubles the way {@code variant} says: sum their square
 * roots (in Java, or one C call per element), or copy them between two native segments (in Java
 * element by element or in bulk, or by C's memcpy once per element or once for all). Each
 * iteration's result is checked: the sum against Java's, the copy byte for byte.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NativeCall {

    static final long SEED = 7_070_707L;

    @Param("100000")
    public int n;

    @Param("sqrt-java")
    public String variant;

    private Variant way;
    private double[] values;
    private double expectedSum;
    private Arena arena;
    private MemorySegment source;
    private MemorySegment destination;
    /** The last square-root sum, checked after each iteration (package-private so a test can spoil it). */
    double lastSum = Double.NaN;

    enum Variant {
        SQRT_JAVA("sqrt-java"),
        SQRT_NATIVE("sqrt-native"),
        COPY_JAVA_LOOP("copy-java-loop"),
        COPY_JAVA_BULK("copy-java-bulk"),
        COPY_NATIVE_PER_ELEMENT("copy-native-per-element"),
        COPY_NATIVE_BATCH("copy-native-batch");

        private final String name;

        Variant(String name) {
            this.name = name;
        }

        static Variant named(String name) {
            for (Variant variant : values()) {
                if (variant.name.equals(name)) {
                    return variant;
                }
            }
            throw new IllegalArgumentException("no variant " + name);
        }

        boolean sums() {
            return this == SQRT_JAVA || this == SQRT_NATIVE;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        way = Variant.named(variant);
        values = values(n, SEED);
        expectedSum = Work.sqrtJava(values);
        // Shared: JMH may run setup and the measured calls on different threads.
        arena = Arena.ofShared();
        source = arena.allocate((long) n * Double.BYTES, Double.BYTES);
        MemorySegment.copy(values, 0, source, ValueLayout.JAVA_DOUBLE, 0, n);
        destination = arena.allocate((long) n * Double.BYTES, Double.BYTES);
    }

    @Setup(Level.Iteration)
    public void clearDestination() {
        destination.fill((byte) 0);
        lastSum = Double.NaN;
    }

    @Benchmark
    public double run() {
        switch (way) {
            case SQRT_JAVA -> lastSum = Work.sqrtJava(values);
            case SQRT_NATIVE -> lastSum = Work.sqrtNativePerElement(values);
            case COPY_JAVA_LOOP -> Work.copyJavaLoop(destination, source, n);
            case COPY_JAVA_BULK -> Work.copyJavaBulk(destination, source, n);
            case COPY_NATIVE_PER_ELEMENT -> Work.copyNativePerElement(destination, source, n);
            case COPY_NATIVE_BATCH -> Work.copyNativeBatch(destination, source, n);
        }
        return way.sums() ? lastSum : destination.getAtIndex(ValueLayout.JAVA_DOUBLE, n - 1);
    }

    @TearDown(Level.Iteration)
    public void check() {
        if (way.sums()) {
            // C's sqrt and Math.sqrt are both correctly rounded, and the sums add in the same order.
            if (lastSum != expectedSum) {
                throw new IllegalStateException(variant + " summed " + lastSum + ", not " + expectedSum);
            }
        } else if (destination.mismatch(source) != -1) {
            throw new IllegalStateException(variant + " copied wrongly from byte " + destination.mismatch(source));
        }
    }

    @TearDown(Level.Trial)
    public void release() {
        arena.close();
    }

    /** {@code n} doubles drawn uniformly from [0, 1,000,000). */
    static double[] values(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextDouble(0, 1_000_000);
        }
        return values;
    }
}
