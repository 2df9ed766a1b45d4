package dev.perflab.harness;

import dev.perflab.protocol.HarnessEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Turns the flight recordings of one point's forks into a {@link HarnessEvent.Profile}: execution
 * samples into hot methods, hot lines and stacks; allocation samples into bytes by class; garbage
 * collections into pauses by collector. Events are streamed, so the host's small heap suffices.
 */
final class ProfileReader {

    static final int ALLOCATIONS = 15;
    private static final Pattern HIDDEN_CLASS_ADDRESS = Pattern.compile("[./]0x[0-9a-f]+(?=;?$)");

    private final SampleTally samples = new SampleTally();
    private final Map<String, Long> allocatedBytes = new HashMap<>();
    private final Map<String, GcTally> collectors = new HashMap<>();
    private Duration recorded = Duration.ZERO;

    static HarnessEvent.Profile read(String benchmark, Map<String, String> params, List<Path> recordings)
            throws IOException {
        var reader = new ProfileReader();
        for (Path recording : recordings) {
            reader.readRecording(recording);
        }
        return reader.profile(benchmark, params, recordings.size());
    }

    private void readRecording(Path recording) throws IOException {
        Instant measuredFrom = JfrProfiler.measuredFrom(recording);
        Instant first = null;
        Instant last = null;
        try (var file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (event.getStartTime().isBefore(measuredFrom)) {
                    continue;
                }
                first = first == null || event.getStartTime().isBefore(first) ? event.getStartTime() : first;
                last = last == null || event.getEndTime().isAfter(last) ? event.getEndTime() : last;
                tally(event);
            }
        }
        if (first != null) {
            recorded = recorded.plus(Duration.between(first, last));
        }
    }

    private void tally(RecordedEvent event) {
        switch (event.getEventType().getName()) {
            case "jdk.ExecutionSample" -> samples.add(event.getStackTrace());
            case "jdk.ObjectAllocationSample" ->
                allocatedBytes.merge(
                        readableClassName(event.getClass("objectClass").getName()), event.getLong("weight"), Long::sum);
            case "jdk.GarbageCollection" ->
                collectors
                        .computeIfAbsent(event.getString("name"), name -> new GcTally())
                        .add(event.getDuration("sumOfPauses"), event.getDuration("longestPause"));
            default -> {
                // The profile settings record much more; the lab shows these four views.
            }
        }
    }

    private HarnessEvent.Profile profile(String benchmark, Map<String, String> params, int forks) {
        return new HarnessEvent.Profile(
                benchmark,
                params,
                forks,
                samples.samples(),
                recorded.toNanos() / 1e9,
                samples.hotMethods(),
                samples.hotLines(),
                allocatedBytes.values().stream().mapToLong(Long::longValue).sum(),
                SampleTally.largest(allocatedBytes, ALLOCATIONS).stream()
                        .map(entry -> new HarnessEvent.Allocation(entry.getKey(), entry.getValue()))
                        .toList(),
                collectors.entrySet().stream()
                        .map(entry -> entry.getValue().pauses(entry.getKey()))
                        .sorted((a, b) -> Double.compare(b.totalMillis(), a.totalMillis()))
                        .toList(),
                samples.stacks());
    }

    /**
     * JFR names array classes by descriptor ({@code [I}, {@code [Ljava.lang.String;}) and hidden
     * classes (lambdas) with an address that differs from fork to fork ({@code A$$Lambda.0x7f3a}).
     */
    static String readableClassName(String name) {
        name = HIDDEN_CLASS_ADDRESS.matcher(name).replaceFirst("");
        int dimensions = 0;
        while (dimensions < name.length() && name.charAt(dimensions) == '[') {
            dimensions++;
        }
        if (dimensions == 0) {
            return name;
        }
        String element = name.substring(dimensions);
        String base = switch (element) {
            case "Z" -> "boolean";
            case "B" -> "byte";
            case "C" -> "char";
            case "S" -> "short";
            case "I" -> "int";
            case "J" -> "long";
            case "F" -> "float";
            case "D" -> "double";
            default ->
                element.startsWith("L") && element.endsWith(";") ? element.substring(1, element.length() - 1) : element;
        };
        return base + "[]".repeat(dimensions);
    }

    private static final class GcTally {
        private int collections;
        private Duration total = Duration.ZERO;
        private Duration longest = Duration.ZERO;

        void add(Duration pauses, Duration longestPause) {
            collections++;
            total = total.plus(pauses);
            longest = longestPause.compareTo(longest) > 0 ? longestPause : longest;
        }

        HarnessEvent.GcPauses pauses(String collector) {
            return new HarnessEvent.GcPauses(collector, collections, total.toNanos() / 1e6, longest.toNanos() / 1e6);
        }
    }
}
