package dev.perflab.experiments.ch11.footprint;

import dev.perflab.experiments.ch11.heap.HeapFootprint;
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
 * Time to sum {@code n} numbers held as {@code variant}, with the bytes per element the structure
 * keeps alive measured once per fork (see {@link FootprintCounters}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ObjectFootprint {

    @Param("1000000")
    public int n;

    @Param("primitive-array")
    public String variant;

    @Param("int")
    public String element;

    private Numbers numbers;
    private long expectedSum;
    private double bytesPerElementShare;
    private double bareObjectBytesShare;
    private long lastSum;

    @Setup(Level.Trial)
    public void build(BenchmarkParams benchmark) {
        Holding holding = Holding.of(variant);
        numbers = Numbers.of(holding, Element.of(element), n);
        expectedSum = holding.values.sum(n);
        // Measured after building, on the structure the iterations sum: a walk of every object.
        double bytesPerElement = (double) HeapFootprint.bytesReachableFrom(numbers.structure()) / n;
        bytesPerElementShare = FootprintCounters.iterationShare(bytesPerElement, benchmark);
        bareObjectBytesShare = FootprintCounters.iterationShare(HeapFootprint.bareObjectBytes(), benchmark);
    }

    /** The stores to {@code counters} are two field writes beside N additions; JMH zeroes them each iteration. */
    @Benchmark
    public long sum(FootprintCounters counters) {
        counters.bytesPerElement = bytesPerElementShare;
        counters.bareObjectBytes = bareObjectBytesShare;
        lastSum = numbers.sum();
        return lastSum;
    }

    /** A fast wrong sum is not a result: the run fails if any iteration's sum is off. */
    @TearDown(Level.Iteration)
    public void checkSum() {
        if (lastSum != expectedSum) {
            throw new IllegalStateException(
                    variant + " of " + n + " " + element + " summed to " + lastSum + ", expected " + expectedSum);
        }
    }
}
