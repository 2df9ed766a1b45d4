package dev.perflab.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perflab.protocol.HarnessEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuCachesTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryCacheOfTheCoreByLevelAndType() throws IOException {
        // As on an AMD EPYC: index0 L1d, index1 L1i, index2 L2, index3 L3.
        cache("index3", "3", "Unified", "32768K");
        cache("index0", "1", "Data", "32K");
        cache("index2", "2", "Unified", "1024K");
        cache("index1", "1", "Instruction", "32K");
        assertThat(CpuCaches.read(dir))
                .containsExactly(
                        new HarnessEvent.Cache(1, "Data", 32_768),
                        new HarnessEvent.Cache(1, "Instruction", 32_768),
                        new HarnessEvent.Cache(2, "Unified", 1_048_576),
                        new HarnessEvent.Cache(3, "Unified", 33_554_432));
    }

    @Test
    void readsSizesInKibibytesMebibytesOrBytes() {
        assertThat(CpuCaches.bytes("32K\n")).isEqualTo(32_768);
        assertThat(CpuCaches.bytes("2M")).isEqualTo(2_097_152);
        assertThat(CpuCaches.bytes("1G")).isEqualTo(1_073_741_824);
        assertThat(CpuCaches.bytes("512")).isEqualTo(512);
        assertThatThrownBy(() -> CpuCaches.bytes("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CpuCaches.bytes("lots")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leavesOutACacheItCannotReadAndFoldersThatAreNoCaches() throws IOException {
        cache("index0", "1", "Data", "48K");
        cache("index1", "2", "Unified", "");
        Files.createDirectories(dir.resolve("index2"));
        Files.writeString(dir.resolve("uevent"), "");
        Files.createDirectories(dir.resolve("power"));
        assertThat(CpuCaches.read(dir)).containsExactly(new HarnessEvent.Cache(1, "Data", 49_152));
    }

    @Test
    void reportsNoCachesWithoutTheFolder() {
        assertThat(CpuCaches.read(dir.resolve("missing"))).isEmpty();
    }

    private void cache(String index, String level, String type, String size) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(index));
        Files.writeString(folder.resolve("level"), level + "\n");
        Files.writeString(folder.resolve("type"), type + "\n");
        Files.writeString(folder.resolve("size"), size + "\n");
    }
}
