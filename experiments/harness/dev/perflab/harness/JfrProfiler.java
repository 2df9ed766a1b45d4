package dev.perflab.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Collection;
import java.util.List;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.ExternalProfiler;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.runner.IterationType;

/**
 * The lab's {@code jfr} profiler. In each measuring fork it records a flight recording with JFR's
 * {@code profile} settings over the measurement iterations only (warm-up would fill the profile
 * with the interpreter and the JIT), and writes it to the directory of its init line
 * ({@code dir=/path}) as {@code fork-<pid>.jfr}, where the host reads it when the point ends.
 * Unlike JMH's own {@code jfr} profiler it starts no {@code jcmd} process next to the measurement.
 */
public final class JfrProfiler implements InternalProfiler, ExternalProfiler {

    private final Path directory;
    private Recording recording;
    private int measured;

    public JfrProfiler(String initLine) throws ProfilerException {
        if (!initLine.startsWith("dir=")) {
            throw new ProfilerException("the jfr profiler needs dir=<directory>, not: " + initLine);
        }
        this.directory = Path.of(initLine.substring("dir=".length()));
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        if (iteration.getType() == IterationType.MEASUREMENT && recording == null) {
            try {
                recording = new Recording(Configuration.getConfiguration("profile"));
            } catch (IOException | ParseException e) {
                throw new IllegalStateException("JFR's profile settings cannot be read", e);
            }
            recording.setName("perflab");
            recording.start();
        }
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
        if (iteration.getType() == IterationType.MEASUREMENT && ++measured == iteration.getCount()) {
            recording.stop();
            try {
                recording.dump(
                        directory.resolve("fork-" + ProcessHandle.current().pid() + ".jfr"));
            } catch (IOException e) {
                throw new UncheckedIOException("the flight recording could not be written", e);
            } finally {
                recording.close();
            }
        }
        return List.of();
    }

    /** Samples land on the line being executed, not on the next safepoint's. */
    @Override
    public Collection<String> addJVMOptions(BenchmarkParams params) {
        return List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:+DebugNonSafepoints");
    }

    @Override
    public Collection<String> addJVMInvokeOptions(BenchmarkParams params) {
        return List.of();
    }

    @Override
    public void beforeTrial(BenchmarkParams benchmarkParams) {}

    @Override
    public Collection<? extends Result> afterTrial(
            BenchmarkResult result, long pid, java.io.File stdOut, java.io.File stdErr) {
        return List.of();
    }

    @Override
    public boolean allowPrintOut() {
        return true;
    }

    @Override
    public boolean allowPrintErr() {
        return true;
    }

    @Override
    public String getDescription() {
        return "Flight recording of the measurement iterations, for the lab's profile view";
    }
}
