package dev.perflab.experiments.ch08.cpuio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perflab.experiments.ch08.delay.Answers;
import dev.perflab.experiments.ch08.delay.DelayServer;
import java.io.IOException;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkloadTest {

    private static final int WORK_FACTOR = 50;

    private final DelayServer server = start();
    private final HttpClient client = Answers.newClient();

    private static DelayServer start() {
        try {
            return DelayServer.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private Workload workload(Workload.Variant variant, int batch) {
        return new Workload(server, client, new PasswordHash(WORK_FACTOR), variant, batch, 1);
    }

    private static String[] itemHashes(int items) {
        var hash = new PasswordHash(WORK_FACTOR);
        String[] hashes = new String[items];
        for (int index = 0; index < items; index++) {
            hashes[index] = hash.hashItem(index);
        }
        return hashes;
    }

    @ParameterizedTest
    @EnumSource(Workload.Variant.class)
    void storesEveryItemsOwnHash(Workload.Variant variant) throws Exception {
        // 7 items in batches of 3: the last batch holds one item.
        Workload workload = workload(variant, 3);
        assertThat(workload.run(7)).containsExactly(itemHashes(7));
        assertThat(workload.run(7)).containsExactly(itemHashes(7));

        long stores = variant == Workload.Variant.NO_IO ? 0 : 14;
        assertThat(workload.stored()).isEqualTo(stores);
        assertThat(server.served()).isEqualTo(stores);
    }

    @Test
    void measuresTheCpuTimeOfEachHash() throws Exception {
        Workload workload = new Workload(server, client, new PasswordHash(20_000), Workload.Variant.NO_IO, 1, 0);
        workload.run(3);
        assertThat(workload.takeHashCpuMillis()).isPositive();
        assertThat(workload.takeHashCpuMillis()).isZero();
    }

    @Test
    void batchedHoldsNoMoreThanABatchAtOnce() throws Exception {
        Workload workload = workload(Workload.Variant.BATCHED, 4);
        workload.run(10);
        assertThat(server.peakInFlight()).isBetween(1, 4);
    }

    @Test
    void serialHoldsOneStoreAtATime() throws Exception {
        workload(Workload.Variant.SERIAL, 4).run(6);
        assertThat(server.peakInFlight()).isEqualTo(1);
    }

    @Test
    void failsWhenTheServerIsGone() {
        server.close();
        for (Workload.Variant variant :
                new Workload.Variant[] {Workload.Variant.SERIAL, Workload.Variant.BATCHED, Workload.Variant.OVERLAPPED
                }) {
            assertThatThrownBy(() -> workload(variant, 2).run(3)).as(variant.id).isInstanceOf(Exception.class);
        }
    }
}
