package dev.perflab.harness;

import dev.perflab.protocol.RunSpec;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Turns a run spec into JMH options; the spec's values were bounded by the server. */
final class RunOptions {

    private RunOptions() {}

    /** @param recordings where the {@code jfr} profiler's forks write their recordings */
    static Options from(RunSpec spec, Path recordings) {
        var time = TimeValue.milliseconds(spec.iterationMillis());
        var builder = new OptionsBuilder()
                .include("^" + Pattern.quote(spec.benchmark()) + "\\.")
                .forks(spec.forks())
                .warmupIterations(spec.warmupIterations())
                .warmupTime(time)
                .measurementIterations(spec.measurementIterations())
                .measurementTime(time)
                .jvmArgs(spec.jvmArgs().toArray(String[]::new))
                .shouldFailOnError(true)
                .addProfiler(ContentionProfiler.class);
        if (spec.profilers().contains("gc")) {
            builder.addProfiler(GCProfiler.class);
        }
        if (spec.profilers().contains("jfr")) {
            builder.addProfiler(JfrProfiler.class, "dir=" + recordings.toAbsolutePath());
        }
        spec.params().forEach((name, values) -> builder.param(name, values.toArray(String[]::new)));
        return builder.build();
    }
}
