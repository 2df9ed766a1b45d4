package dev.perflab.harness;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Attached to every run: in each measuring fork, the cores that processes outside the fork kept
 * busy during each iteration ({@value #METRIC}, in cores), from {@code /proc} read just before and
 * just after the iteration, outside its measured time. The fork's own threads (the JIT and the GC
 * included) and any process it started count as its own. A precision figure, not a result: the
 * run page warns when other work competed with the measurement.
 */
public final class ContentionProfiler implements InternalProfiler {

    public static final String METRIC = "cpu.others";

    private CpuShare before;

    @Override
    public String getDescription() {
        return "Cores other processes kept busy during each iteration";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        before = CpuShare.read();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
        CpuShare after = CpuShare.read();
        if (before == null || after == null) {
            return List.of();
        }
        double cores = before.othersCoresUntil(after);
        return Double.isNaN(cores)
                ? List.of()
                : List.of(new ScalarResult(METRIC, cores, "cores", AggregationPolicy.AVG));
    }
}
