package dev.perflab.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParamDefinitionTest {

    private static final ParamDefinition WORKERS = new ParamDefinition(
            "workers", "Workers", ParamDefinition.ParamType.INT, List.of("1"), 1.0, 16.0, null, null);
    private static final ParamDefinition RATIO = new ParamDefinition(
            "ratio", "Ratio", ParamDefinition.ParamType.DOUBLE, List.of("0.5"), 0.0, 1.0, null, null);
    private static final ParamDefinition VARIANT = new ParamDefinition(
            "variant",
            "Variant",
            ParamDefinition.ParamType.CHOICE,
            List.of("a"),
            null,
            null,
            List.of(new ParamDefinition.Choice("a", "A"), new ParamDefinition.Choice("b", "B")),
            null);

    @ParameterizedTest
    @CsvSource({"' 2',2", "16,16", "1_0,10"})
    void canonicalisesWholeNumbers(String raw, String canonical) {
        assertThat(WORKERS.check(raw).value()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "17", "-1", "2.5", "two", "", "99999999999999999999", "NaN", "1e3"})
    void rejectsWholeNumbersOutOfBoundsOrMalformed(String raw) {
        assertThat(WORKERS.check(raw).isOk()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-0.1", "1.01", "x"})
    void rejectsDecimalsThatAreNotFiniteOrInBounds(String raw) {
        assertThat(RATIO.check(raw).isOk()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"c", "A", "a;b", "$(id)"})
    void acceptsOnlyListedChoices(String raw) {
        assertThat(VARIANT.check(raw).problem()).isEqualTo("must be one of a, b");
    }

    @ParameterizedTest
    @CsvSource({"0,must be between 1 and 16", "x,'must be a whole number, not ''x'''"})
    void explainsWhatIsWrong(String raw, String problem) {
        assertThat(WORKERS.check(raw).problem()).isEqualTo(problem);
    }
}
