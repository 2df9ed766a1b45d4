package dev.perflab.experiments.ch09.processpool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PoolStartupTest {

    @Test
    void sharesAddUpToTheStartupTimeOverEveryMeasuredIteration() {
        double share = PoolStartup.iterationShare(Duration.ofMillis(300), 2, 5);
        assertThat(share * 2 * 5).isCloseTo(300.0, Offset.offset(1e-9));
    }

    @Test
    void countsNoForkAsOne() {
        assertThat(PoolStartup.iterationShare(Duration.ofMillis(12), 0, 4)).isCloseTo(3.0, Offset.offset(1e-9));
    }

    @Test
    void startsEveryThreadOfAThreadPool() {
        var started = PoolStartup.startThreads(3);
        try {
            assertThat(started.pool().getPoolSize()).isEqualTo(3);
            assertThat(started.startup()).isPositive();
        } finally {
            started.pool().shutdownNow();
        }
    }
}
