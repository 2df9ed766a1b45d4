package dev.perflab.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
            byte[] bytes = read();
            Path target = dir.resolve("benchmarks-" + digest(bytes) + ".jar");
            if (!Files.exists(target)) {
                Files.createDirectories(dir);
                Path partial = Files.createTempFile(dir, "benchmarks", ".part");
                Files.write(partial, bytes);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return new BenchmarksJar(target.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot extract the benchmarks jar to " + dir, e);
        }
    }

    private static byte[] read() throws IOException {
        try (InputStream in = BenchmarksJar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The server was built without its benchmarks jar (" + RESOURCE + "): build from the root");
            }
            return in.readAllBytes();
        }
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
