package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CollapsedStacksTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private final List<JsonNode> profiles = new StoredRuns(null)
            .events(StoredRuns.PROFILED_FIXTURE).stream()
                    .filter(event -> event.get("type").asString().equals("profile"))
                    .map(event -> event.get("data"))
                    .toList();

    @Test
    void writesOneLinePerStackWhoseCountsAddUpToTheSamples() {
        List<String> lines = CollapsedStacks.of(profiles).lines().toList();

        long stacks = profiles.stream().mapToLong(p -> p.get("stacks").size()).sum();
        long samples =
                profiles.stream().mapToLong(p -> p.get("samples").asLong()).sum();
        assertThat(lines).hasSize((int) stacks);
        assertThat(lines).allMatch(line -> line.matches("[^ ]+ \\d+"));
        assertThat(lines.stream()
                        .mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1)))
                        .sum())
                .isEqualTo(samples);
    }

    @Test
    void hangsEachPointsStacksUnderARootFrameNamingItsParams() {
        assertThat(CollapsedStacks.of(profiles))
                .contains("samples=1000000,variant=thread-local-random,workers=1;Thread.run;")
                .contains("samples=1000000,variant=shared-random,workers=2;Thread.run;");
        assertThat(CollapsedStacks.of(profiles.subList(0, 1))).startsWith("Thread.run;");
    }

    @Test
    void keepsTheFormatsSeparatorsOutOfFrameNames() {
        JsonNode profile = json.readTree("{\"params\":{},\"stacks\":[{\"frames\":[\"a b\",\"c;d\"],\"samples\":3}]}");
        assertThat(CollapsedStacks.of(List.of(profile))).isEqualTo("a_b;c:d 3\n");
    }
}
