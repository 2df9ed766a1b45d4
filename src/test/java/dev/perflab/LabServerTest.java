package dev.perflab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole lab on a random port, with its own database and benchmarks jar under target/, running
 * real forks. Test classes extending this share one server. A request that gets no answer fails
 * with what held the server ({@link UnansweredRequests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT120S")
@ExtendWith(UnansweredRequests.class)
public abstract class LabServerTest {

    protected static final Path DATA_DIR = dataDir();

    @DynamicPropertySource
    static void labSettings(DynamicPropertyRegistry registry) {
        registry.add("lab.data-dir", DATA_DIR::toString);
    }

    private static Path dataDir() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "lab-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
