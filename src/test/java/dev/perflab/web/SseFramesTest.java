package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.run.RunEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseFramesTest {

    private static final Instant AT = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void writesOneFramePerEventWithEveryDataLinePrefixed() {
        byte[] frames = SseFrames.encode(List.of(
                new RunEvent(7, "iteration", AT, "{\"score\":1.5,\"unit\":\"µs/op\"}"),
                new RunEvent(8, "log", AT, "first\nsecond")));

        assertThat(new String(frames, StandardCharsets.UTF_8))
                .isEqualTo("id:7\nevent:iteration\ndata:{\"score\":1.5,\"unit\":\"µs/op\"}\n\n"
                        + "id:8\nevent:log\ndata:first\ndata:second\n\n");
    }

    @Test
    void encodesTheBatchAllViewersShareOnceAndAnyOtherBatchAfresh() {
        var frames = new SseFrames();
        List<RunEvent> shared = List.of(new RunEvent(1, "queued", AT, "{}"));
        List<RunEvent> equalButOther = List.of(new RunEvent(1, "queued", AT, "{}"));

        byte[] first = frames.of(shared);

        assertThat(frames.of(shared)).isSameAs(first);
        assertThat(frames.of(equalButOther)).isNotSameAs(first).isEqualTo(first);
    }
}
