package dev.perflab.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Formats for templates ({@code ${@labFormat.instant(run.createdAt)}}): times in UTC, durations in seconds. */
@Component("labFormat")
public class LabFormat {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String instant(Instant at) {
        return at == null ? "—" : INSTANT.format(at);
    }

    /** Keeps a figure and its unit on one line, as the pages' scripts do. */
    private static final char NO_BREAK = '\u00a0';

    /**
     * "250 ms", "4.2 s", "14 s", "3 min 05 s", "1 h 02 min": the same text as the pages' scripts
     * write ({@code formatDuration} in frontend/src/format.js), so a figure the script updates
     * does not change its form.
     */
    public String duration(Duration duration) {
        if (duration == null || duration.isNegative()) {
            return "—";
        }
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + (NO_BREAK + "ms");
        }
        if (millis < 9950) {
            return String.format(java.util.Locale.ROOT, "%.1f%cs", millis / 1000.0, NO_BREAK);
        }
        long seconds = Math.round(millis / 1000.0);
        if (seconds < 60) {
            return seconds + (NO_BREAK + "s");
        }
        if (seconds < 3600) {
            return String.format(
                    java.util.Locale.ROOT, "%d%cmin %02d%cs", seconds / 60, NO_BREAK, seconds % 60, NO_BREAK);
        }
        long minutes = Math.round(seconds / 60.0);
        return String.format(java.util.Locale.ROOT, "%d%ch %02d%cmin", minutes / 60, NO_BREAK, minutes % 60, NO_BREAK);
    }

    public String millis(long millis) {
        return duration(Duration.ofMillis(millis));
    }

    /**
     * "L1d 32 KiB, L2 1 MiB, L3 32 MiB": the data and unified caches of an environment's
     * {@code caches} (maps with {@code level}, {@code type}, {@code bytes}), as the run page's script
     * writes them. Instruction caches hold code, not the data an experiment walks.
     */
    public String caches(List<?> caches) {
        if (caches == null) {
            return "not recorded";
        }
        List<String> named = caches.stream()
                .filter(Map.class::isInstance)
                .map(Map.class::cast)
                .filter(cache -> !"Instruction".equals(cache.get("type")))
                .map(cache -> cacheName(cache.get("level"), cache.get("type")) + " " + binarySize(cache.get("bytes")))
                .toList();
        return named.isEmpty() ? "not reported by the OS" : String.join(", ", named);
    }

    private static String cacheName(Object level, Object type) {
        return "L" + level + ("Data".equals(type) ? "d" : "");
    }

    /** Whole binary units where exact ("32 KiB", "1 MiB"), else up to two decimals ("1.25 MiB"). */
    static String binarySize(Object bytes) {
        if (!(bytes instanceof Number number)) {
            return "?";
        }
        double value = number.doubleValue();
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String text = String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
        return text + " " + units[unit];
    }
}
