package dev.perflab.experiments.ch10.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalClusterTest {

    @Test
    void membersJoinOnLoopbackAKilledOneLeavesAndClosingKillsTheRest() throws Exception {
        List<Long> pids;
        try (LocalCluster cluster = LocalCluster.start(2, "test")) {
            pids = cluster.pids();
            assertThat(cluster.client().getCluster().getMembers()).hasSize(2);
            assertThat(cluster.client().getCluster().getMembers())
                    .allSatisfy(
                            member -> assertThat(member.getAddress().getHost()).isEqualTo("127.0.0.1"));
            assertThat(cluster.memberStartNanos()).isPositive();
            cluster.kill(1);
            assertThat(cluster.isAlive(1)).isFalse();
            awaitMembers(cluster, 1);
            assertThat(cluster.isAlive(0)).isTrue();
        }
        for (long pid : pids) {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            assertThat(handle.map(ProcessHandle::isAlive).orElse(false))
                    .as("member %d after close", pid)
                    .isFalse();
        }
    }

    @Test
    void twoClustersOnOneMachineNeverMix() throws Exception {
        try (LocalCluster first = LocalCluster.start(1, "test");
                LocalCluster second = LocalCluster.start(1, "test")) {
            assertThat(first.name()).isNotEqualTo(second.name());
            assertThat(first.client().getCluster().getMembers()).hasSize(1);
            assertThat(second.client().getCluster().getMembers()).hasSize(1);
        }
    }

    @Test
    void refusesAnEmptyCluster() {
        assertThatThrownBy(() -> LocalCluster.start(0, "test")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void awaitMembers(LocalCluster cluster, int size) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (cluster.client().getCluster().getMembers().size() != size && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(cluster.client().getCluster().getMembers()).hasSize(size);
    }
}
