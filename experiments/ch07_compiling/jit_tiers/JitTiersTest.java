package dev.perflab.experiments.ch07.jittiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perflab.experiments.ch02.julia.JuliaSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class JitTiersTest {

    @ParameterizedTest
    @EnumSource(Kernel.class)
    void everyKernelSumsToTheBooksChecksum(Kernel kernel) {
        assertThat(kernel.prepare(JuliaSet.BOOK_WIDTH).run(JuliaSet.BOOK_MAX_ITERATIONS))
                .isEqualTo(33_219_980L);
    }

    /** Off the book's run, each kernel must agree with the other, the figure its benchmark checks against. */
    @ParameterizedTest
    @CsvSource({"100,300", "64,300", "137,50", "200,1"})
    void everyKernelAgreesWithItsCrossCheck(int size, int maxIterations) {
        long book = JuliaSet.calcPurePython(size, maxIterations);
        for (Kernel kernel : Kernel.values()) {
            assertThat(kernel.prepare(size).run(maxIterations)).as(kernel.id).isEqualTo(book);
            assertThat(kernel.crossCheck(size, maxIterations)).as(kernel.id).isEqualTo(book);
        }
    }

    @Test
    void readsTheTierFromTheJvmsModeAndFlags() {
        assertThat(Tier.running("interpreted mode, sharing", true, 4)).isEqualTo(Tier.INTERPRETER);
        assertThat(Tier.running("mixed mode, sharing", true, 1)).isEqualTo(Tier.C1);
        assertThat(Tier.running("mixed mode, sharing", false, 4)).isEqualTo(Tier.C2);
        assertThat(Tier.running("mixed mode, sharing", true, 4)).isEqualTo(Tier.TIERED);
        assertThat(Tier.running("mixed mode", true, 3)).isEqualTo(Tier.C1);
    }

    /** The test JVM runs with default flags: only the tiered tier may measure here. */
    @Test
    void thisTestJvmRunsTiered() {
        assertThat(Tier.ofThisJvm()).isEqualTo(Tier.TIERED);
    }

    @Test
    void aForkWithoutItsTiersFlagsFailsTheRun() {
        assertThatThrownBy(() -> Tier.INTERPRETER.requireActive(Tier.TIERED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("interpreter")
                .hasMessageContaining("tiered");
        JitTiers benchmark = benchmark("c1", "complex-object");
        assertThatThrownBy(benchmark::prepare).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @EnumSource(Kernel.class)
    void theBenchmarkPassesItsOwnCheck(Kernel kernel) {
        JitTiers benchmark = benchmark("tiered", kernel.id);
        benchmark.prepare();
        assertThat(benchmark.pass()).isEqualTo(JuliaSet.calcPurePython(80, 300));
        benchmark.checkSum();
    }

    @Test
    void aWrongSumFailsTheRun() {
        JitTiers benchmark = benchmark("tiered", "primitive-expanded");
        benchmark.prepare();
        benchmark.maxIterations = 299;
        benchmark.pass();
        assertThatThrownBy(benchmark::checkSum)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("primitive-expanded");
    }

    @Test
    void rejectsAnUnknownTierOrKernel() {
        assertThatThrownBy(() -> Tier.of("graal")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Kernel.of("numpy")).isInstanceOf(IllegalArgumentException.class);
    }

    private static JitTiers benchmark(String tier, String kernel) {
        JitTiers benchmark = new JitTiers();
        benchmark.tier = tier;
        benchmark.kernel = kernel;
        benchmark.size = 80;
        benchmark.maxIterations = 300;
        return benchmark;
    }
}
