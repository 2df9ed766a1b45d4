package dev.perflab.harness;

import com.sun.management.OperatingSystemMXBean;
import dev.perflab.protocol.HarnessEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads what a shared result must say about the machine and JVM that produced it. */
final class EnvironmentProbe {

    private EnvironmentProbe() {}

    static HarnessEvent.Environment read(List<String> forkJvmArgs) {
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double load = os.getSystemLoadAverage();
        return new HarnessEvent.Environment(
                System.getProperty("java.vendor"),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"),
                // JMH forks with the host's own java unless told otherwise.
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(),
                forkJvmArgs,
                garbageCollector(forkJvmArgs),
                cpuModel(),
                Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                load < 0 ? null : load,
                CpuCaches.read(CpuCaches.LINUX));
    }

    /** The collector the forks use: the one their arguments select, else the JVM's own choice. */
    static String garbageCollector(List<String> forkJvmArgs) {
        return forkJvmArgs.stream()
                .filter(arg -> arg.startsWith("-XX:+Use") && arg.endsWith("GC"))
                .map(arg -> arg.substring("-XX:+Use".length()))
                .reduce((first, last) -> last)
                .orElseGet(() -> ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(gc -> gc.getName())
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("unknown"));
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse(System.getProperty("os.arch"));
        } catch (IOException | UncheckedIOException e) {
            return System.getProperty("os.arch");
        }
    }
}
