package dev.perflab.experiments.ch02.julia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpectedSumTest {

    @Test
    void expectsTheBooksFigureOnlyForTheBooksRun() {
        assertThat(ExpectedSum.of(1000, 300, () -> -1).value()).isEqualTo(33_219_980L);
        assertThat(ExpectedSum.of(1000, 299, () -> 42).value()).isEqualTo(42);
        assertThat(ExpectedSum.of(999, 300, () -> 42).value()).isEqualTo(42);
    }

    @Test
    void aWrongSumFailsNamingTheProgramAndTheFigure() {
        ExpectedSum expected = ExpectedSum.of(1000, 300, () -> -1);
        expected.check(33_219_980L, "the book's program");
        assertThatThrownBy(() -> expected.check(33_219_979L, "the book's program"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the book's program")
                .hasMessageContaining("33219979")
                .hasMessageContaining("the book's checksum");
    }
}
