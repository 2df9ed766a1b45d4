package dev.perflab.experiments.ch11.strings;

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
 * Time to read every character of {@code n} texts of {@code length} letters held as
 * {@code holding}, with the bytes per text the array of them keeps alive measured once per fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ShortStrings {

    @Param("100000")
    public int n;

    @Param("16")
    public int length;

    @Param("ascii")
    public String text;

    @Param("string")
    public String holding;

    private HeldTexts held;
    private long expectedSum;
    private double bytesPerStringShare;
    private long lastSum;

    @Setup(Level.Trial)
    public void build(BenchmarkParams benchmark) {
        ShortTexts texts = ShortTexts.draw(Alphabet.of(text), n, length);
        held = HeldTexts.of(Holding.of(holding), texts);
        expectedSum = texts.codeUnitSum;
        double bytesPerString = (double) HeapFootprint.bytesReachableFrom(held.structure()) / n;
        bytesPerStringShare = StringCounters.iterationShare(bytesPerString, benchmark);
    }

    @Benchmark
    public long readAll(StringCounters counters) {
        counters.bytesPerString = bytesPerStringShare;
        lastSum = held.codeUnitSum();
        return lastSum;
    }

    /** Characters read back wrong (a bad decode) are not a result: the run fails. */
    @TearDown(Level.Iteration)
    public void checkSum() {
        if (lastSum != expectedSum) {
            throw new IllegalStateException(
                    holding + " of " + text + " read back " + lastSum + ", expected " + expectedSum);
        }
    }
}
