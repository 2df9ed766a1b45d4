package dev.perflab.experiments.ch02.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perflab.experiments.ch02.julia.JuliaSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JuliaProfileTest {

    @ParameterizedTest
    @EnumSource(JuliaVersion.class)
    void everyVersionSumsToTheBooksChecksum(JuliaVersion version) {
        assertThat(version.program.run(JuliaSet.BOOK_WIDTH, JuliaSet.BOOK_MAX_ITERATIONS))
                .isEqualTo(33_219_980L);
    }

    @ParameterizedTest
    @EnumSource(JuliaVersion.class)
    void everyVersionIsCheckedByTheOtherOffTheBooksRun(JuliaVersion version) {
        assertThat(version.crossCheck()).isNotEqualTo(version);
        assertThat(version.program.run(321, 77))
                .isEqualTo(version.crossCheck().program.run(321, 77));
    }

    @ParameterizedTest
    @EnumSource(JuliaVersion.class)
    void theBenchmarkPassesItsOwnCheck(JuliaVersion version) {
        JuliaProfile benchmark = benchmark(version.id, 150);
        benchmark.expectSum();
        assertThat(benchmark.julia()).isPositive();
        benchmark.checkSum();
    }

    @Test
    void aWrongSumFailsTheRun() {
        JuliaProfile benchmark = benchmark("book", 150);
        benchmark.expectSum();
        benchmark.size = 151;
        benchmark.julia();
        assertThatThrownBy(benchmark::checkSum)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("book");
    }

    @Test
    void rejectsAnUnknownVariant() {
        assertThatThrownBy(() -> JuliaVersion.of("numpy")).isInstanceOf(IllegalArgumentException.class);
    }

    private static JuliaProfile benchmark(String variant, int size) {
        JuliaProfile benchmark = new JuliaProfile();
        benchmark.variant = variant;
        benchmark.size = size;
        benchmark.maxIterations = 300;
        return benchmark;
    }
}
