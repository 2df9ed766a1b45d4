package dev.perflab.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Formats for templates ({@code ${@labFormat.instant(run.createdAt)}}): times in UTC, durations in seconds. */
@Component("labFormat")
public class LabFormat {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String instant(Instant at) {
        return at == null ? "—" : INSTANT.format(at);
    }

    /** "0.8 s", "14 s", "3 min 20 s". */
    public String duration(Duration duration) {
        if (duration == null) {
            return "—";
        }
        long millis = duration.toMillis();
        if (millis < 10_000) {
            return String.format("%.1f s", millis / 1000.0);
        }
        long seconds = Math.round(millis / 1000.0);
        return seconds < 120 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    public String millis(long millis) {
        return duration(Duration.ofMillis(millis));
    }
}
