package dev.perflab.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * {@code profile} settings, and writes it to the directory of its init line ({@code dir=/path})
 * as {@code fork-<pid>-from-<µs>.jfr}, where the host reads it when the point ends, keeping only
 * the measurement iterations (warm-up would fill the profile with the interpreter and the JIT).
 * Unlike JMH's own {@code jfr} profiler it starts no {@code jcmd} process next to the measurement.
 */
public final class JfrProfiler implements InternalProfiler, ExternalProfiler {

    private final Path directory;
    private Recording recording;
    private Instant measuredFrom;
    private int measured;

    public JfrProfiler(String initLine) throws ProfilerException {
        if (!initLine.startsWith("dir=")) {
            throw new ProfilerException("the jfr profiler needs dir=<directory>, not: " + initLine);
        }
        this.directory = Path.of(initLine.substring("dir=".length()));
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        // JFR's start rewrites event classes for a few hundred milliseconds, in this thread: the
        // recording starts with the warm-up, which takes that cost, and the host keeps only the
        // events from the first measurement iteration on (the instant is in the file's name).
        if (recording == null) {
            recording = start();
        }
        if (iteration.getType() == IterationType.MEASUREMENT && measuredFrom == null) {
            measuredFrom = Instant.now();
        }
    }

    private static Recording start() {
        try {
            var started = new Recording(Configuration.getConfiguration("profile"));
            started.setName("perflab");
            started.start();
            return started;
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("JFR's profile settings cannot be read", e);
        }
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
        if (iteration.getType() == IterationType.MEASUREMENT && ++measured == iteration.getCount()) {
            recording.stop();
            try {
                recording.dump(
                        directory.resolve(fileName(ProcessHandle.current().pid(), measuredFrom)));
            } catch (IOException e) {
                throw new UncheckedIOException("the flight recording could not be written", e);
            } finally {
                recording.close();
            }
        }
        return List.of();
    }

    static String fileName(long pid, Instant measuredFrom) {
        return "fork-" + pid + "-from-" + ChronoUnit.MICROS.between(Instant.EPOCH, measuredFrom) + ".jfr";
    }

    /** When the measurement began, from a recording's file name. */
    static Instant measuredFrom(Path recording) {
        String name = recording.getFileName().toString();
        String micros = name.substring(name.indexOf("-from-") + "-from-".length(), name.length() - ".jfr".length());
        return Instant.EPOCH.plus(Long.parseLong(micros), ChronoUnit.MICROS);
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
