package dev.perflab.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProtocolCodecTest {

    private final ProtocolCodec codec = new ProtocolCodec();

    @Test
    void roundTripsEveryEventType() {
        var metric = new HarnessEvent.Metric(12.5, null, "MB/sec");
        List<HarnessEvent> events = List.of(
                new HarnessEvent.Hello(HarnessEvent.PROTOCOL_VERSION, "1.37"),
                new HarnessEvent.Environment(
                        "Eclipse Adoptium",
                        "25.0.3",
                        "OpenJDK 64-Bit Server VM",
                        "25.0.3+9",
                        "/usr/lib/jvm/temurin-25/bin/java",
                        List.of("-Xmx1g"),
                        "G1",
                        "AMD EPYC",
                        2,
                        25_000_000_000L,
                        "Linux",
                        null,
                        List.of(
                                new HarnessEvent.Cache(1, "Data", 32_768),
                                new HarnessEvent.Cache(3, "Unified", 33_554_432))),
                new HarnessEvent.Fork("a.B.c", Map.of("workers", "2"), 1, 3),
                new HarnessEvent.Iteration(
                        "a.B.c",
                        Map.of("workers", "2"),
                        1,
                        "warmup",
                        1,
                        5,
                        3.5,
                        "ms/op",
                        Map.of("gc.alloc.rate", metric)),
                new HarnessEvent.Result(
                        "a.B.c",
                        "avgt",
                        1,
                        Map.of("workers", "2"),
                        3.5,
                        0.25,
                        Arrays.asList(3.25, 3.75),
                        "ms/op",
                        10,
                        Map.of()),
                new HarnessEvent.Profile(
                        "a.B.c",
                        Map.of("workers", "2"),
                        1,
                        250,
                        2.5,
                        List.of(new HarnessEvent.HotMethod("B.c", "a.B.c", 200, 250)),
                        List.of(new HarnessEvent.HotLine("B.c:12", 180)),
                        2_097_152,
                        List.of(new HarnessEvent.Allocation("long[]", 1_048_576)),
                        List.of(new HarnessEvent.GcPauses("G1New", 3, 4.5, 2.0)),
                        List.of(new HarnessEvent.Stack(List.of("Thread.run", "B.c"), 250))));
        for (HarnessEvent event : events) {
            String line = codec.encode(event);
            assertThat(line).doesNotContain("\n");
            assertThat(codec.decode(line)).isEqualTo(event);
        }
    }

    @Test
    void namesEachLineByItsType() {
        assertThat(codec.encode(new HarnessEvent.Hello(1, "1.37"))).startsWith("{\"type\":\"hello\"");
    }

    @Test
    void ignoresFieldsAddedByANewerHarness() {
        var hello = codec.decode("{\"type\":\"hello\",\"protocol\":1,\"jmhVersion\":\"1.37\",\"extra\":true}");
        assertThat(hello).isEqualTo(new HarnessEvent.Hello(1, "1.37"));
    }

    @Test
    void readsAnEnvironmentWithoutCachesAsNoCaches() {
        String olderHarness = """
                {"type":"environment","jdkVendor":"x","jdkVersion":"25","vmName":"vm","vmVersion":"25",\
                "jvm":"java","jvmArgs":[],"gc":"G1","cpuModel":"cpu","cores":2,"memoryBytes":1024,"os":"Linux",\
                "loadAverage":0.5}""";
        var environment = (HarnessEvent.Environment) codec.decode(olderHarness);
        assertThat(environment.caches()).isEmpty();
        assertThat(environment.cores()).isEqualTo(2);
    }

    @Test
    void rejectsUnknownTypesAndNonJsonWithTheLine() {
        assertThatThrownBy(() -> codec.decode("{\"type\":\"surprise\"}"))
                .isInstanceOf(ProtocolCodec.MalformedLineException.class)
                .hasMessageContaining("surprise");
        assertThatThrownBy(() -> codec.decode("# Warmup Iteration   1: 25.1 ms/op"))
                .isInstanceOf(ProtocolCodec.MalformedLineException.class)
                .hasMessageContaining("Warmup Iteration");
    }

    @Test
    void roundTripsTheRunSpec() {
        var spec = new RunSpec(
                "a.B", Map.of("workers", List.of("1", "2")), 1, 2, 3, 100, List.of("-Xmx1g"), List.of("gc"));
        assertThat(codec.decodeSpec(codec.encodeSpec(spec))).isEqualTo(spec);
    }
}
