package dev.perflab.harness;

import dev.perflab.protocol.HarnessEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CPU caches of one core as Linux lists them: one folder {@code index<n>} per cache under
 * {@code /sys/devices/system/cpu/cpu0/cache}, each with the files {@code level}, {@code type}
 * ({@code Data}, {@code Instruction}, {@code Unified}) and {@code size} ({@code 32K}). Where the
 * folder is missing (another OS, a container without {@code /sys}) there are no caches to report.
 */
final class CpuCaches {

    static final Path LINUX = Path.of("/sys/devices/system/cpu/cpu0/cache");

    private CpuCaches() {}

    /** The caches under {@code dir}, by level then type; a cache whose files cannot be read is left out. */
    static List<HarnessEvent.Cache> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<HarnessEvent.Cache> caches = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(entry -> entry.getFileName().toString().matches("index\\d+"))
                    .forEach(index -> cache(index).ifPresent(caches::add));
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
        caches.sort(Comparator.comparingInt(HarnessEvent.Cache::level).thenComparing(HarnessEvent.Cache::type));
        return List.copyOf(caches);
    }

    private static Optional<HarnessEvent.Cache> cache(Path index) {
        try {
            int level = Integer.parseInt(text(index.resolve("level")));
            String type = text(index.resolve("type"));
            long bytes = bytes(text(index.resolve("size")));
            return bytes > 0 ? Optional.of(new HarnessEvent.Cache(level, type, bytes)) : Optional.empty();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code 32K}, {@code 1024K}, {@code 2M} or a plain count of bytes; K, M and G are powers of 1024. */
    static long bytes(String size) {
        String trimmed = size.strip().toUpperCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("no cache size");
        }
        long unit = switch (trimmed.charAt(trimmed.length() - 1)) {
            case 'K' -> 1L << 10;
            case 'M' -> 1L << 20;
            case 'G' -> 1L << 30;
            default -> 1;
        };
        String digits = unit == 1 ? trimmed : trimmed.substring(0, trimmed.length() - 1);
        return Math.multiplyExact(Long.parseLong(digits), unit);
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file).strip();
    }
}
