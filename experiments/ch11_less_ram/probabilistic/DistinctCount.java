package dev.perflab.experiments.ch11.probabilistic;

import java.util.ArrayList;
import java.util.List;
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
 * Time to stream {@code items} distinct items into a new {@code structure} sized from
 * {@code budgetBytes}, with its estimate, its error against the truth and the bytes it keeps alive
 * measured once per fork (see {@link EstimateCounters}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DistinctCount {

    @Param("100000")
    public int items;

    @Param("hyperloglog")
    public String structure;

    @Param("4096")
    public int budgetBytes;

    /** Independent streams measured in setup: the error reported is their root mean square. */
    @Param("1")
    public int streams;

    private Structure kind;
    private StreamedCount measured;
    private double estimateShare;
    private double errorPercentShare;
    private double bytesUsedShare;
    private double lastEstimate;

    @Setup(Level.Trial)
    public void measure(BenchmarkParams benchmark) {
        kind = Structure.of(structure);
        List<StreamedCount> counts = new ArrayList<>();
        for (int stream = 0; stream < streams; stream++) {
            StreamedCount count = StreamedCount.of(kind, budgetBytes, items, stream);
            if (!count.withinDocumentedBound()) {
                throw new IllegalStateException(structure + " estimated " + count.estimate() + " of " + items
                        + " items in stream " + stream + ", beyond " + StreamedCount.SIGMAS
                        + " documented standard errors (" + count.standardError() + ")");
            }
            counts.add(count);
        }
        measured = counts.getFirst();
        double errorPercent = 100 * StreamedCount.rootMeanSquareError(counts);
        estimateShare = EstimateCounters.iterationShare(measured.estimate(), benchmark);
        errorPercentShare = EstimateCounters.iterationShare(errorPercent, benchmark);
        bytesUsedShare = EstimateCounters.iterationShare(measured.bytesUsed(), benchmark);
    }

    @Benchmark
    public double stream(EstimateCounters figures, ItemCounters offered) {
        figures.estimate = estimateShare;
        figures.errorPercent = errorPercentShare;
        figures.bytesUsed = bytesUsedShare;
        offered.item += items;
        lastEstimate = StreamedCount.stream(kind, budgetBytes, items).estimate();
        return lastEstimate;
    }

    /** Every stream is the same, so every estimate must be the one checked against the bound. */
    @TearDown(Level.Iteration)
    public void checkEstimate() {
        if (lastEstimate != measured.estimate()) {
            throw new IllegalStateException(structure + " estimated " + lastEstimate + " of the same " + items
                    + " items, " + measured.estimate() + " before");
        }
    }
}
