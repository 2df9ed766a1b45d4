package dev.perflab.experiments.ch03.growth;

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
 * Time to build a list of {@code n} items by {@code variant} (the score, per list), the time per
 * append ({@link AppendCount}), and the backing array's capacity and empty bytes after the last
 * append, measured on the list ({@link GrowthFigures}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ListGrowth {

    @Param("1000000")
    public int n;

    @Param("array-list")
    public String variant;

    private Growth growth;
    private Items items;
    private BackingArray measured;
    private GrowthFigures.Shares shares;
    private Object last;

    @Setup(Level.Trial)
    public void prepare(BenchmarkParams benchmark) {
        growth = Growth.of(variant);
        items = Items.of(n, growth.appendsInts());
        // Built the way every operation builds it: the growth is deterministic, so its capacity is
        // the capacity of every list the iterations build (checked after each iteration).
        measured = BackingArray.of(growth.build(items));
        shares = GrowthFigures.Shares.of(measured, n, benchmark);
    }

    @Benchmark
    public Object build(AppendCount count, GrowthFigures figures) {
        last = growth.build(items);
        count.appends += n;
        figures.report(shares);
        return last;
    }

    /** A fast wrong list is not a result: the run fails if the last list of an iteration is wrong. */
    @TearDown(Level.Iteration)
    public void checkList() {
        String mismatch = items.mismatchIn(last);
        if (mismatch != null) {
            throw new IllegalStateException(variant + " of " + n + ": " + mismatch);
        }
        BackingArray now = BackingArray.of(last);
        if (!now.equals(measured)) {
            throw new IllegalStateException(variant + " of " + n + " has " + now + ", measured " + measured);
        }
    }
}
