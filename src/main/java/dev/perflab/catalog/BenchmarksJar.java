package dev.perflab.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.jar.JarEntry;

/**
 * The self-contained jar the forks run on (harness, experiments, JMH). The server carries it as a
 * resource and copies it out once per content, so the server jar runs from any directory.
 */
public record BenchmarksJar(Path path) {

    static final String RESOURCE = "/perflab/benchmarks.jar";

    /** A jar on disk, used as it is. */
    static BenchmarksJar at(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("lab.benchmarks-jar names " + jar + ", which is not a file");
        }
        return new BenchmarksJar(jar.toAbsolutePath());
    }

    public static BenchmarksJar extractTo(Path dir) {
        try {
            String key = entryKey();
            byte[] bytes = key == null ? read() : null;
            Path target = dir.resolve("benchmarks-" + (key != null ? key : digest(bytes)) + ".jar");
            if (!Files.exists(target)) {
                Files.createDirectories(dir);
                Path partial = Files.createTempFile(dir, "benchmarks", ".part");
                if (bytes != null) {
                    Files.write(partial, bytes);
                } else {
                    // Streamed: 30-odd MB never sit in the heap at once while the server starts.
                    try (InputStream in = open()) {
                        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return new BenchmarksJar(target.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot extract the benchmarks jar to " + dir, e);
        }
    }

    /**
     * When the server runs from a jar: the benchmarks jar's CRC-32 and size, which the server jar's
     * own entry records, so a restart finds its copy without reading and hashing 30-odd MB. Null
     * when the resource is a plain file (tests, an IDE).
     */
    private static String entryKey() throws IOException {
        URL url = BenchmarksJar.class.getResource(RESOURCE);
        if (url == null || !(url.openConnection() instanceof JarURLConnection connection)) {
            return null;
        }
        connection.setUseCaches(false);
        JarEntry entry = connection.getJarEntry();
        if (entry == null || entry.getCrc() < 0 || entry.getSize() < 0) {
            return null;
        }
        return "%08x-%d".formatted(entry.getCrc(), entry.getSize());
    }

    private static byte[] read() throws IOException {
        try (InputStream in = open()) {
            return in.readAllBytes();
        }
    }

    private static InputStream open() {
        InputStream in = BenchmarksJar.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(
                    "The server was built without its benchmarks jar (" + RESOURCE + "): build from the root");
        }
        return in;
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(sha, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
