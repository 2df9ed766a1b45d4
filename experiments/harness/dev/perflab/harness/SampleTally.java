package dev.perflab.harness;

import dev.perflab.protocol.HarnessEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;

/**
 * Counts execution samples the way cProfile and line_profiler report time: by the method and the
 * line on top of the stack (self), by every method on the stack (total), and by whole stack for a
 * flame graph. Only the largest entries leave, so a profile event stays a few tens of kilobytes.
 */
final class SampleTally {

    static final int METHODS = 20;
    static final int LINES = 25;
    static final int STACKS = 300;
    static final String OTHER_STACKS = "(smaller stacks)";

    private final Map<String, String> qualifiedNames = new HashMap<>();
    private final Map<String, Long> self = new HashMap<>();
    private final Map<String, Long> total = new HashMap<>();
    /** How far from the root a method is called, at most: among equal totals, callees tell more. */
    private final Map<String, Integer> depth = new HashMap<>();

    private final Map<String, Long> lines = new HashMap<>();
    private final Map<List<String>, Long> stacks = new HashMap<>();
    private long samples;

    void add(RecordedStackTrace trace) {
        List<RecordedFrame> frames = trace == null ? List.of() : trace.getFrames();
        if (frames.isEmpty()) {
            return;
        }
        samples++;
        List<String> rootFirst = new ArrayList<>(frames.size());
        Set<String> onStack = new HashSet<>();
        for (int i = frames.size() - 1; i >= 0; i--) {
            String method = name(frames.get(i).getMethod());
            depth.merge(method, rootFirst.size(), Math::max);
            rootFirst.add(method);
            if (onStack.add(method)) {
                total.merge(method, 1L, Long::sum);
            }
        }
        RecordedFrame top = frames.getFirst();
        String topMethod = rootFirst.getLast();
        self.merge(topMethod, 1L, Long::sum);
        lines.merge(topMethod + ":" + top.getLineNumber(), 1L, Long::sum);
        stacks.merge(List.copyOf(rootFirst), 1L, Long::sum);
    }

    long samples() {
        return samples;
    }

    /**
     * The methods largest by self time and those largest by total time, by total; among equal
     * totals (the frames every sample passes through) the deepest first.
     */
    List<HarnessEvent.HotMethod> hotMethods() {
        Map<String, Boolean> chosen = new LinkedHashMap<>();
        largest(self, METHODS).forEach(entry -> chosen.put(entry.getKey(), true));
        total.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue()
                        .reversed()
                        .thenComparing(entry -> -depth.get(entry.getKey())))
                .limit(METHODS)
                .forEach(entry -> chosen.put(entry.getKey(), true));
        return chosen.keySet().stream()
                .map(method -> new HarnessEvent.HotMethod(
                        method, qualifiedNames.get(method), self.getOrDefault(method, 0L), total.get(method)))
                .sorted(Comparator.comparingLong(HarnessEvent.HotMethod::total)
                        .reversed()
                        .thenComparing(method -> -depth.get(method.method())))
                .toList();
    }

    List<HarnessEvent.HotLine> hotLines() {
        return largest(lines, LINES).stream()
                .map(entry -> new HarnessEvent.HotLine(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** The largest stacks, and the rest as one stack so the flame graph's widths stay true. */
    List<HarnessEvent.Stack> stacks() {
        List<HarnessEvent.Stack> kept = new ArrayList<>();
        long keptSamples = 0;
        for (var entry : largest(stacks, STACKS)) {
            kept.add(new HarnessEvent.Stack(entry.getKey(), entry.getValue()));
            keptSamples += entry.getValue();
        }
        if (keptSamples < samples) {
            kept.add(new HarnessEvent.Stack(List.of(OTHER_STACKS), samples - keptSamples));
        }
        return kept;
    }

    private String name(RecordedMethod method) {
        String type = ProfileReader.readableClassName(method.getType().getName());
        String name = type.substring(type.lastIndexOf('.') + 1) + "." + method.getName();
        qualifiedNames.putIfAbsent(name, type + "." + method.getName());
        return name;
    }

    static <K> List<Map.Entry<K, Long>> largest(Map<K, Long> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue()
                        .reversed()
                        .thenComparing(entry -> entry.getKey().toString()))
                .limit(limit)
                .toList();
    }
}
