package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewerLimitTest {

    private final ViewerLimit limit = new ViewerLimit(2);

    @Test
    void refusesAClientsStreamOverTheCapWithoutCountingIt() {
        assertThat(limit.enter("10.0.0.1")).isTrue();
        assertThat(limit.enter("10.0.0.1")).isTrue();
        assertThat(limit.enter("10.0.0.1")).isFalse();
        assertThat(limit.open("10.0.0.1")).isEqualTo(2);
        assertThat(limit.enter("10.0.0.2")).as("another client").isTrue();
    }

    @Test
    void letsAClientBackInWhenOneOfItsStreamsCloses() {
        limit.enter("10.0.0.1");
        limit.enter("10.0.0.1");
        limit.leave("10.0.0.1");
        assertThat(limit.enter("10.0.0.1")).isTrue();
        limit.leave("10.0.0.1");
        limit.leave("10.0.0.1");
        assertThat(limit.open("10.0.0.1")).isZero();
    }
}
