package dev.perflab.experiments.ch08.cpuio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HashCpuCountersTest {

    @Test
    void iterationSharesAddUpToTheMeanOverIterations() {
        // Two measurement iterations in one fork: JMH adds the two fields into the result.
        var counters = new HashCpuCounters();
        counters.startIteration();
        counters.record(1.0, 1, 2);
        counters.record(3.0, 1, 2);
        double first = counters.hashCpuMillis;
        counters.startIteration();
        counters.record(4.0, 1, 2);
        double second = counters.hashCpuMillis;

        assertThat(first).isCloseTo(1.0, within(1e-12));
        assertThat(first + second).isCloseTo((2.0 + 4.0) / 2, within(1e-12));
    }
}
