package dev.perflab.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the {@code jfr} profiler's forks leave their recordings, and what the host does with them
 * when a point of the params grid ends: one profile event, then the files are gone. A profile that
 * cannot be read is reported on stderr and never fails the measurements already made.
 */
final class PointProfiles {

    private final Path directory;
    private final EventWriter events;

    private PointProfiles(Path directory, EventWriter events) {
        this.directory = directory;
        this.events = events;
    }

    static PointProfiles none() {
        return new PointProfiles(null, null);
    }

    static PointProfiles in(Path directory, EventWriter events) {
        return new PointProfiles(directory, events);
    }

    void endPoint(String benchmark, Map<String, String> params) {
        if (directory == null) {
            return;
        }
        List<Path> recordings = recordings();
        try {
            if (recordings.isEmpty()) {
                System.err.println("No flight recording was written for " + params);
            } else {
                events.write(ProfileReader.read(benchmark, params, recordings));
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("The flight recordings of " + params + " could not be read: " + e);
        } finally {
            recordings.forEach(PointProfiles::delete);
        }
    }

    void close() {
        if (directory != null) {
            recordings().forEach(PointProfiles::delete);
            delete(directory);
        }
    }

    private List<Path> recordings() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".jfr"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("Could not delete " + file + ": " + e);
        }
    }
}
