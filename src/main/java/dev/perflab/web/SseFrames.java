package dev.perflab.web;

import dev.perflab.run.RunEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Run events as {@code text/event-stream} frames: an {@code id}, an {@code event} and the data's
 * lines, one frame per event. A batch becomes one write, not one write and flush per event, and
 * the batch every viewer of a live run is handed at the same moment is encoded once for all of
 * them.
 */
final class SseFrames {

    private record Encoded(List<RunEvent> batch, byte[] frames) {}

    private final AtomicReference<Encoded> last = new AtomicReference<>();

    /** The frames of {@code batch}; the same list instance again costs no encoding. */
    byte[] of(List<RunEvent> batch) {
        Encoded seen = last.get();
        if (seen != null && seen.batch() == batch) {
            return seen.frames();
        }
        byte[] frames = encode(batch);
        last.set(new Encoded(batch, frames));
        return frames;
    }

    static byte[] encode(List<RunEvent> batch) {
        var text = new StringBuilder();
        for (RunEvent event : batch) {
            text.append("id:").append(event.id()).append('\n');
            text.append("event:").append(event.type()).append('\n');
            for (String line : event.data().split("\r\n|\r|\n", -1)) {
                text.append("data:").append(line).append('\n');
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
