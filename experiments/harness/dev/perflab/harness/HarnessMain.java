package dev.perflab.harness;

import dev.perflab.protocol.HarnessEvent;
import dev.perflab.protocol.ProtocolCodec;
import dev.perflab.protocol.RunSpec;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.util.Version;

/**
 * The JMH host JVM the server starts for one run. It reads a {@link RunSpec} from stdin, runs it
 * with JMH (which forks the measuring JVMs), prints one {@link HarnessEvent} per line on stdout and
 * JMH's human text on stderr. Exit status 0 means every benchmark finished.
 */
public final class HarnessMain {

    private HarnessMain() {}

    public static void main(String[] args) throws IOException {
        // Only events go to the real stdout; anything else printed to System.out is log text.
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        ParentWatch.exitWhenParentDies();

        ProtocolCodec codec = new ProtocolCodec();
        RunSpec spec = codec.decodeSpec(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
        EventWriter events = new EventWriter(stdout, codec);
        events.write(new HarnessEvent.Hello(HarnessEvent.PROTOCOL_VERSION, Version.getPlainVersion()));
        events.write(EnvironmentProbe.read(spec.jvmArgs()));

        Path recordings = spec.profilers().contains("jfr") ? Files.createTempDirectory("perflab-jfr-") : null;
        PointProfiles profiles = recordings == null ? PointProfiles.none() : PointProfiles.in(recordings, events);
        int status = 0;
        try {
            var output = new EventOutputFormat(events, profiles, System.err);
            int results = 0;
            for (RunSpec group : ForkGroups.of(spec)) {
                results += new Runner(RunOptions.from(group, recordings), output)
                        .run()
                        .size();
            }
            if (results == 0) {
                System.err.println("No benchmark matched " + spec.benchmark());
                status = 2;
            }
        } catch (RunnerException e) {
            System.err.println("The run failed: " + e.getMessage());
            status = 1;
        } finally {
            profiles.close();
        }
        System.exit(status);
    }
}
