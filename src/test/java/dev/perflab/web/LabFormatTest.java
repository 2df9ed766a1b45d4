package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabFormatTest {

    private final LabFormat format = new LabFormat();

    @Test
    void namesDataAndUnifiedCachesWithTheirSizes() {
        List<Map<String, Object>> caches = List.of(
                Map.of("level", 1, "type", "Data", "bytes", 32_768),
                Map.of("level", 1, "type", "Instruction", "bytes", 32_768),
                Map.of("level", 2, "type", "Unified", "bytes", 1_048_576L),
                Map.of("level", 3, "type", "Unified", "bytes", 33_554_432L));
        assertThat(format.caches(caches)).isEqualTo("L1d 32 KiB, L2 1 MiB, L3 32 MiB");
    }

    @Test
    void saysWhenCachesWereNotRecordedOrNotReported() {
        assertThat(format.caches(null)).isEqualTo("not recorded");
        assertThat(format.caches(List.of())).isEqualTo("not reported by the OS");
    }

    /** The same text as formatDuration in frontend/src/format.js, whose tests hold the same cases. */
    @Test
    void writesDurationsAsThePagesScriptsDo() {
        assertThat(java.util.stream.LongStream.of(250, 4_240, 9_960, 59_400, 1_680_000, 3_725_000)
                        .mapToObj(format::millis)
                        .map(text -> text.replace('\u00a0', ' '))
                        .toList())
                .containsExactly("250 ms", "4.2 s", "10 s", "59 s", "28 min 00 s", "1 h 02 min");
    }

    @Test
    void writesBinarySizesExactly() {
        assertThat(LabFormat.binarySize(1_310_720)).isEqualTo("1.25 MiB");
        assertThat(LabFormat.binarySize(49_152)).isEqualTo("48 KiB");
        assertThat(LabFormat.binarySize(100L << 20)).isEqualTo("100 MiB");
        assertThat(LabFormat.binarySize(512)).isEqualTo("512 B");
        assertThat(LabFormat.binarySize(null)).isEqualTo("?");
    }
}
