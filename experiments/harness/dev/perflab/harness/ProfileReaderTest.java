package dev.perflab.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.protocol.HarnessEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileReaderTest {

    @TempDir
    static Path directory;

    static HarnessEvent.Profile profile;
    static Path file;
    static List<long[]> kept = new ArrayList<>();

    /**
     * One real recording of a JVM that warms up in {@link #warmUp}, then is measured spending its
     * time in {@link #burn} and allocating in {@link #hoard}.
     */
    @BeforeAll
    static void recordAWorkload() throws Exception {
        try (var recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            double sink = warmUp(500_000_000L);
            file = directory.resolve(JfrProfiler.fileName(1, Instant.now()));
            long until = System.nanoTime() + 1_500_000_000L;
            while (System.nanoTime() < until) {
                sink += burn(200_000);
                hoard();
            }
            System.gc();
            recording.stop();
            recording.dump(file);
            assertThat(sink).isNotZero();
        }
        profile = ProfileReader.read("a.B.run", Map.of("n", "1"), List.of(file));
    }

    static double warmUp(long nanos) {
        double sum = 0;
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) {
            sum += Math.cbrt(sum + 1);
        }
        return sum;
    }

    static double burn(int n) {
        double sum = 0;
        for (int i = 1; i <= n; i++) {
            sum += Math.sqrt(i) / i;
        }
        return sum;
    }

    static void hoard() {
        kept.add(new long[4096]);
        if (kept.size() > 64) {
            kept.clear();
        }
    }

    @Test
    void namesTheBurningMethodAsTheHottestBySelfTime() {
        assertThat(profile.samples()).isPositive();
        HarnessEvent.HotMethod hottest = profile.hotMethods().stream()
                .max((a, b) -> Long.compare(a.self(), b.self()))
                .orElseThrow();
        assertThat(hottest.method()).isEqualTo("ProfileReaderTest.burn");
        assertThat(hottest.qualified()).isEqualTo("dev.perflab.harness.ProfileReaderTest.burn");
        assertThat(hottest.total()).isGreaterThanOrEqualTo(hottest.self());
    }

    @Test
    void countsTheCallerInTotalButNotInSelf() {
        HarnessEvent.HotMethod caller = profile.hotMethods().stream()
                .filter(method -> method.method().equals("ProfileReaderTest.recordAWorkload"))
                .findFirst()
                .orElseThrow();
        assertThat(caller.total()).isGreaterThan(caller.self());
    }

    @Test
    void leavesOutWhatRanBeforeTheMeasurementBegan() {
        assertThat(profile.stacks())
                .noneSatisfy(stack -> assertThat(stack.frames()).contains("ProfileReaderTest.warmUp"));
    }

    @Test
    void pointsAtTheLinesOfTheLoop() {
        assertThat(profile.hotLines().getFirst().line()).startsWith("ProfileReaderTest.burn:");
    }

    @Test
    void keepsStacksRootFirstWhoseSamplesAddUpToAll() {
        assertThat(profile.stacks())
                .anySatisfy(stack -> assertThat(stack.frames())
                        .endsWith("ProfileReaderTest.recordAWorkload", "ProfileReaderTest.burn"));
        assertThat(profile.stacks().stream()
                        .mapToLong(HarnessEvent.Stack::samples)
                        .sum())
                .isEqualTo(profile.samples());
    }

    @Test
    void estimatesAllocationByClassAndCountsTheCollections() {
        assertThat(profile.allocations())
                .extracting(HarnessEvent.Allocation::className)
                .contains("long[]");
        assertThat(profile.allocatedBytes())
                .isGreaterThanOrEqualTo(profile.allocations().stream()
                        .mapToLong(HarnessEvent.Allocation::bytes)
                        .sum());
        assertThat(profile.gcPauses()).isNotEmpty();
        assertThat(profile.gcPauses().getFirst().collections()).isPositive();
        assertThat(profile.seconds()).isGreaterThan(1.0);
    }

    @Test
    void readsArrayDescriptorsAndHiddenClassesAsJavaSpellsThem() {
        assertThat(ProfileReader.readableClassName("[I")).isEqualTo("int[]");
        assertThat(ProfileReader.readableClassName("[[Ljava.lang.String;")).isEqualTo("java.lang.String[][]");
        assertThat(ProfileReader.readableClassName("java.lang.Integer")).isEqualTo("java.lang.Integer");
        assertThat(ProfileReader.readableClassName("a.B$$Lambda.0x0000000068059768"))
                .isEqualTo("a.B$$Lambda");
        assertThat(ProfileReader.readableClassName("a.B$$Lambda/0x00007f3a")).isEqualTo("a.B$$Lambda");
    }
}
