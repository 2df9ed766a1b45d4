package dev.perflab.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RunComparisonTest {

    static final String BENCHMARK = "a.B.c";
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void findsASignificantSpeedupWithItsInterval() {
        var baseline = run("base", "{\"cores\":2}", point("1", 10.0, 10.1, 9.9, 10.0));
        var faster = run("fast", "{\"cores\":2}", point("1", 5.0, 5.05, 4.95, 5.0));

        var comparison = RunComparison.of(List.of(baseline.run(), faster.run()), samples(baseline, faster));

        var entries = comparison.points().getFirst().entries();
        assertThat(entries.getFirst().significance()).isEqualTo(RunComparison.Significance.BASELINE);
        var entry = entries.get(1);
        assertThat(entry.ratio()).isEqualTo(0.5);
        assertThat(entry.ratioLow()).isLessThan(0.5).isGreaterThan(0.4);
        assertThat(entry.ratioHigh()).isGreaterThan(0.5).isLessThan(0.6);
        assertThat(entry.significance()).isEqualTo(RunComparison.Significance.SIGNIFICANT);
        assertThat(comparison.environmentDifferences()).isEmpty();
    }

    @Test
    void callsOverlappingSamplesNotSignificant() {
        var baseline = run("base", "{\"cores\":2}", point("1", 10.0, 12.0, 8.0, 11.0));
        var same = run("same", "{\"cores\":2}", point("1", 10.5, 9.0, 12.0, 10.0));

        var entry = RunComparison.of(List.of(baseline.run(), same.run()), samples(baseline, same))
                .points()
                .getFirst()
                .entries()
                .get(1);

        assertThat(entry.significance()).isEqualTo(RunComparison.Significance.NOT_SIGNIFICANT);
        assertThat(entry.ratioLow()).isLessThan(1.0);
        assertThat(entry.ratioHigh()).isGreaterThan(1.0);
    }

    @Test
    void saysWhenOneSampleCannotTell() {
        var baseline = run("base", "{\"cores\":2}", point("1", 10.0));
        var other = run("other", "{\"cores\":2}", point("1", 8.0));

        var entry = RunComparison.of(List.of(baseline.run(), other.run()), samples(baseline, other))
                .points()
                .getFirst()
                .entries()
                .get(1);

        assertThat(entry.ratio()).isEqualTo(0.8);
        assertThat(entry.significance()).isEqualTo(RunComparison.Significance.TOO_FEW_SAMPLES);
    }

    @Test
    void warnsWhenEnvironmentsDifferAndKeepsPointsOnlyOneRunHas() {
        var baseline = run("base", "{\"cores\":2,\"jdkVersion\":\"25.0.3\"}", point("1", 10.0, 10.0));
        var other = run("other", "{\"cores\":4,\"jdkVersion\":\"25.0.3\"}", point("2", 6.0, 6.0));

        var comparison = RunComparison.of(List.of(baseline.run(), other.run()), samples(baseline, other));

        assertThat(comparison.environmentDifferences()).containsExactly("cores: 2 vs 4");
        assertThat(comparison.points()).hasSize(2);
        assertThat(comparison.points().get(1).entries()).singleElement().satisfies(entry -> {
            assertThat(entry.ratio()).isNull();
            assertThat(entry.significance()).isEqualTo(RunComparison.Significance.NO_BASELINE);
        });
    }

    private record Point(String workers, List<Double> scores) {}

    private record Built(Run run, List<Run.Measurement> measurements) {}

    private static Point point(String workers, Double... scores) {
        return new Point(workers, List.of(scores));
    }

    private Built run(String id, String environment, Point... points) {
        var results = new java.util.ArrayList<Run.RunResult>();
        var measurements = new java.util.ArrayList<Run.Measurement>();
        for (Point point : points) {
            Map<String, String> params = Map.of("workers", point.workers());
            double mean = SampleStatistics.mean(point.scores());
            results.add(new Run.RunResult(
                    BENCHMARK,
                    "avgt",
                    1,
                    params,
                    mean,
                    null,
                    null,
                    "ms/op",
                    point.scores().size(),
                    null));
            for (int i = 0; i < point.scores().size(); i++) {
                measurements.add(new Run.Measurement(
                        BENCHMARK, params, 1, i + 1, point.scores().get(i), Map.of()));
            }
        }
        var options = new RunOptions("smoke", 1, 1, 2, 100, List.of(), "none");
        var run = new Run(
                id,
                "ch09.pi-monte-carlo",
                Map.of(),
                options,
                RunStatus.SUCCEEDED,
                Instant.EPOCH,
                Instant.EPOCH,
                Instant.EPOCH,
                json.readTree(environment),
                RunPlan.of(1, options),
                results,
                null,
                "dev");
        return new Built(run, measurements);
    }

    private static Map<String, List<Run.Measurement>> samples(Built... runs) {
        var samples = new java.util.LinkedHashMap<String, List<Run.Measurement>>();
        for (Built built : runs) {
            samples.put(built.run().id(), built.measurements());
        }
        return samples;
    }
}
