package dev.perflab.harness;

import dev.perflab.protocol.HarnessEvent;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * JMH's live callbacks, turned into protocol events on one stream while JMH's own human-readable
 * report still goes to the other. JMH calls this in the host JVM as each iteration ends in a fork.
 */
final class EventOutputFormat implements OutputFormat {

    private final EventWriter events;
    private final PointProfiles profiles;
    private final OutputFormat text;
    private int fork;

    EventOutputFormat(EventWriter events, PointProfiles profiles, PrintStream log) {
        this.events = events;
        this.profiles = profiles;
        this.text = OutputFormatFactory.createFormatInstance(log, VerboseMode.NORMAL);
    }

    @Override
    public void startBenchmark(BenchmarkParams benchmark) {
        fork = 0;
        text.startBenchmark(benchmark);
    }

    @Override
    public void iteration(BenchmarkParams benchmark, IterationParams iteration, int index) {
        // JMH does not pass the fork number: a fork begins where its first iteration does.
        boolean firstOfFork = index == 1
                && (iteration.getType() == IterationType.WARMUP
                        || benchmark.getWarmup().getCount() == 0);
        if (firstOfFork) {
            fork++;
            events.write(
                    new HarnessEvent.Fork(benchmark.getBenchmark(), params(benchmark), fork, benchmark.getForks()));
        }
        text.iteration(benchmark, iteration, index);
    }

    @Override
    public void iterationResult(BenchmarkParams benchmark, IterationParams iteration, int index, IterationResult data) {
        Result<?> primary = data.getPrimaryResult();
        events.write(new HarnessEvent.Iteration(
                benchmark.getBenchmark(),
                params(benchmark),
                Math.max(fork, 1),
                iteration.getType() == IterationType.WARMUP ? "warmup" : "measurement",
                index,
                iteration.getCount(),
                primary.getScore(),
                primary.getScoreUnit(),
                metrics(data.getSecondaryResults())));
        text.iterationResult(benchmark, iteration, index, data);
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        Result<?> primary = result.getPrimaryResult();
        double[] confidence = primary.getScoreConfidence();
        events.write(new HarnessEvent.Result(
                result.getParams().getBenchmark(),
                result.getParams().getMode().shortLabel(),
                result.getParams().getThreads(),
                params(result.getParams()),
                primary.getScore(),
                finite(primary.getScoreError()),
                List.of(confidence[0], confidence[1]).stream()
                        .map(EventOutputFormat::finite)
                        .toList(),
                primary.getScoreUnit(),
                primary.getSampleCount(),
                metrics(result.getSecondaryResults())));
        // Before JMH starts the next point's forks, so reading the recordings measures nothing.
        profiles.endPoint(result.getParams().getBenchmark(), params(result.getParams()));
        text.endBenchmark(result);
    }

    private static Map<String, String> params(BenchmarkParams benchmark) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String key : benchmark.getParamsKeys()) {
            params.put(key, benchmark.getParam(key));
        }
        return params;
    }

    private static Map<String, HarnessEvent.Metric> metrics(Map<String, Result> results) {
        Map<String, HarnessEvent.Metric> metrics = new LinkedHashMap<>();
        results.forEach((name, result) -> metrics.put(
                name,
                new HarnessEvent.Metric(result.getScore(), finite(result.getScoreError()), result.getScoreUnit())));
        return metrics;
    }

    /** JMH reports an error it cannot compute as NaN, which JSON cannot carry. */
    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    @Override
    public void startRun() {
        text.startRun();
    }

    @Override
    public void endRun(Collection<RunResult> results) {
        text.endRun(results);
    }

    @Override
    public void print(String s) {
        text.print(s);
    }

    @Override
    public void println(String s) {
        text.println(s);
    }

    @Override
    public void flush() {
        text.flush();
    }

    @Override
    public void close() {
        text.flush();
    }

    @Override
    public void verbosePrintln(String s) {
        text.verbosePrintln(s);
    }

    @Override
    public void write(int b) {
        text.write(b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        text.write(b);
    }
}
