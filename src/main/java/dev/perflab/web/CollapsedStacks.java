package dev.perflab.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A run's sampled stacks in the collapsed format of flamegraph.pl (one line per stack: frames
 * root first joined by {@code ;}, a space, the sample count), which speedscope and most flame
 * graph tools read. With several profiled points, each point's stacks hang under a root frame
 * naming its params.
 */
final class CollapsedStacks {

    private CollapsedStacks() {}

    /** @param profiles the data of the run's {@code profile} events */
    static String of(List<JsonNode> profiles) {
        var out = new StringBuilder();
        for (JsonNode profile : profiles) {
            String root = profiles.size() > 1 ? pointName(profile) : null;
            for (JsonNode stack : profile.path("stacks")) {
                List<String> frames = new ArrayList<>();
                if (root != null) {
                    frames.add(root);
                }
                stack.path("frames").forEach(frame -> frames.add(frameName(frame.asString())));
                out.append(String.join(";", frames))
                        .append(' ')
                        .append(stack.path("samples").asLong())
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String pointName(JsonNode profile) {
        return profile.path("params").properties().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue().asString())
                .collect(Collectors.joining(","));
    }

    /** The format's separators cannot appear inside a frame. */
    private static String frameName(String frame) {
        return frame.replace(';', ':').replace(' ', '_');
    }
}
