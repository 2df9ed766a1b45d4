package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.catalog.TestExperiments;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run page names the flags each chosen value gave its own forks, beside the flags all shared. */
class RunPageFlagsTest {

    @Test
    void namesTheFlagsOfEachChosenValueAndNoneForAValueWithout() {
        var experiment = TestExperiments.catalogWithChoiceJvmArgs("-Xint", "-XX:+UseSerialGC")
                .find(TestExperiments.ID)
                .orElseThrow();
        assertThat(RunPage.choiceFlags(experiment, Map.of("variant", List.of("a", "b"), "workers", List.of("1"))))
                .containsExactly("variant = a: -Xint -XX:+UseSerialGC", "variant = b: none");
        assertThat(RunPage.choiceFlags(experiment, Map.of("variant", List.of("b"))))
                .containsExactly("variant = b: none");
    }

    @Test
    void saysNothingWhenNoValueCarriesFlags() {
        var experiment = TestExperiments.catalog().find(TestExperiments.ID).orElseThrow();
        assertThat(RunPage.choiceFlags(experiment, Map.of("variant", List.of("a", "b"))))
                .isEmpty();
    }
}
