package dev.perflab.experiments.ch08.cpuio;

import dev.perflab.experiments.ch08.delay.Answers;
import dev.perflab.experiments.ch08.delay.DelayServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Hashes {@code items} passwords on the calling thread and stores each hash on the
 * {@link DelayServer}, as the book's workload hashes with bcrypt and POSTs each result to a
 * "database" that answers 100 ms later. The variants differ only in when the caller waits for the
 * stores. Every answer is checked, and the hash each item stored is returned for checking.
 */
final class Workload {

    enum Variant {
        /** Hashing alone: the time the CPU work takes, against which the others are read. */
        NO_IO("no-io"),
        /** Hash, store, wait for the answer, then the next item: the CPU idles during every wait. */
        SERIAL("serial"),
        /** Hash {@code batch} items, then store them all at once and wait for the batch's answers. */
        BATCHED("batched"),
        /** Start each store as soon as its hash is ready and go on hashing; wait once at the end. */
        OVERLAPPED("overlapped");

        final String id;

        Variant(String id) {
            this.id = id;
        }

        static Variant of(String id) {
            for (Variant variant : values()) {
                if (variant.id.equals(id)) {
                    return variant;
                }
            }
            throw new IllegalArgumentException("unknown variant " + id);
        }
    }

    private final DelayServer server;
    private final HttpClient client;
    private final PasswordHash hash;
    private final Variant variant;
    private final int batch;
    private final int delayMillis;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long nextId;
    private long stored;
    private long hashCpuNanos;
    private long hashed;

    Workload(DelayServer server, HttpClient client, PasswordHash hash, Variant variant, int batch, int delayMillis) {
        this.server = server;
        this.client = client;
        this.hash = hash;
        this.variant = variant;
        this.batch = batch;
        this.delayMillis = delayMillis;
    }

    /** Hashes and stores items 0 to {@code items} − 1; returns the hash each item stored. */
    String[] run(int items) throws IOException, InterruptedException {
        long first = nextId;
        nextId += items;
        String[] hashes = switch (variant) {
            case NO_IO -> noIo(items);
            case SERIAL -> serial(first, items);
            case BATCHED -> batched(first, items);
            case OVERLAPPED -> overlapped(first, items);
        };
        if (variant != Variant.NO_IO) {
            stored += items;
        }
        return hashes;
    }

    /**
     * The hashing thread's CPU time per hash since the last call, in milliseconds: the cost of the
     * work itself, which the wall-clock time stretches when other processes hold the cores.
     */
    double takeHashCpuMillis() {
        double millis = hashed == 0 ? 0 : hashCpuNanos / 1e6 / hashed;
        hashCpuNanos = 0;
        hashed = 0;
        return millis;
    }

    /** Stores answered and checked since the start. */
    long stored() {
        return stored;
    }

    private String[] noIo(int items) {
        String[] hashes = new String[items];
        for (int index = 0; index < items; index++) {
            hashes[index] = hashItem(index);
        }
        return hashes;
    }

    private String[] serial(long first, int items) throws IOException, InterruptedException {
        String[] hashes = new String[items];
        for (int index = 0; index < items; index++) {
            hashes[index] = hashItem(index);
            long id = first + index;
            HttpResponse<String> answer = client.send(
                    Answers.post(server.itemUri(id, delayMillis), hashes[index]), HttpResponse.BodyHandlers.ofString());
            Answers.check(answer, id, hashes[index]);
        }
        return hashes;
    }

    private String[] batched(long first, int items) {
        String[] hashes = new String[items];
        int batchStart = 0;
        for (int index = 0; index < items; index++) {
            hashes[index] = hashItem(index);
            if (index + 1 - batchStart == batch || index == items - 1) {
                List<CompletableFuture<Void>> pending = new ArrayList<>(index + 1 - batchStart);
                for (int member = batchStart; member <= index; member++) {
                    pending.add(store(first + member, hashes[member]));
                }
                CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                        .join();
                batchStart = index + 1;
            }
        }
        return hashes;
    }

    private String[] overlapped(long first, int items) throws InterruptedException {
        String[] hashes = new String[items];
        Semaphore permits = new Semaphore(batch);
        List<CompletableFuture<Void>> pending = new ArrayList<>(items);
        for (int index = 0; index < items; index++) {
            hashes[index] = hashItem(index);
            permits.acquire();
            pending.add(store(first + index, hashes[index]).whenComplete((done, failure) -> permits.release()));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return hashes;
    }

    private String hashItem(int index) {
        long start = threads.getCurrentThreadCpuTime();
        String itemHash = hash.hashItem(index);
        hashCpuNanos += threads.getCurrentThreadCpuTime() - start;
        hashed++;
        return itemHash;
    }

    private CompletableFuture<Void> store(long id, String itemHash) {
        return client.sendAsync(
                        Answers.post(server.itemUri(id, delayMillis), itemHash), HttpResponse.BodyHandlers.ofString())
                .thenAccept(answer -> Answers.check(answer, id, itemHash));
    }
}
