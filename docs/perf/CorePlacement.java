import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the host keeps this VM's two cores, seen from inside, next to the two pi points whose noise
 * it explains. Every cycle measures, one after the other:
 *
 * <ul>
 *   <li>{@code rtt}: the round trip of one cache line between two threads, each on its own core
 *       (nanoseconds). It is short when the host runs both virtual cores on one chiplet and several
 *       times longer when they sit on two.
 *   <li>{@code shared}: two threads throwing {@code SHARED_DARTS} darts each from one shared
 *       {@link Random}, as pi's {@code shared-random} at 2 workers does (milliseconds). Every draw
 *       moves the seed's cache line between the cores.
 *   <li>{@code parallel}: the time one thread takes for {@code OWN_DARTS} darts from its own
 *       {@link SplittableRandom}, divided by the time two threads take for as many each. 1.0 means
 *       two whole cores; 0.5 means the two threads shared one.
 *   <li>{@code steal}: clock ticks the hypervisor took from this VM during the cycle.
 * </ul>
 *
 * Prints one line per cycle: {@code SECONDS rtt=NS shared=MS parallel=RATIO steal=TICKS}.
 *
 * <p>Usage: java docs/perf/CorePlacement.java SECONDS
 */
public class CorePlacement {

    private static final long SHARED_DARTS = 2_500_000;
    private static final long OWN_DARTS = 10_000_000;
    private static final long RTT_NANOS = 200_000_000;

    private static final long STOP = -1;

    private static final AtomicLong line = new AtomicLong();

    public static void main(String[] args) throws Exception {
        long seconds = Long.parseLong(args[0]);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        long sink = 0;
        while (System.nanoTime() - start < seconds * 1_000_000_000L) {
            long stealBefore = stealTicks();
            double rtt = roundTripNanos();
            Random shared = new Random(42);
            long t0 = System.nanoTime();
            sink += both(pool, () -> hits(shared, SHARED_DARTS));
            double sharedMillis = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            sink += hits(new SplittableRandom(1), OWN_DARTS);
            long one = System.nanoTime() - t1;
            long t2 = System.nanoTime();
            sink += both(
                    pool, () -> hits(new SplittableRandom(Thread.currentThread().threadId()), OWN_DARTS));
            long two = System.nanoTime() - t2;
            System.out.printf(
                    "%.1f rtt=%.0f shared=%.0f parallel=%.2f steal=%d%n",
                    (System.nanoTime() - start) / 1e9,
                    rtt,
                    sharedMillis,
                    (double) one / two,
                    stealTicks() - stealBefore);
        }
        pool.shutdownNow();
        System.err.println("hits " + sink);
    }

    /**
     * Bounces one value between this thread and an echo thread for RTT_NANOS; the echo answers every
     * odd value with the next even one and ends on STOP, so it spins only while it is measured.
     */
    private static double roundTripNanos() throws InterruptedException {
        line.set(0);
        Thread echo = Thread.ofPlatform().start(() -> {
            for (long expected = 1; ; expected += 2) {
                long seen;
                while ((seen = line.get()) != expected) {
                    if (seen == STOP) {
                        return;
                    }
                    Thread.onSpinWait();
                }
                line.set(expected + 1);
            }
        });
        long trips = 0;
        long next = 1;
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < RTT_NANOS) {
            for (int i = 0; i < 1000; i++, next += 2) {
                line.set(next);
                while (line.get() != next + 1) {
                    Thread.onSpinWait();
                }
            }
            trips += 1000;
        }
        double nanos = (System.nanoTime() - t0) / (double) trips;
        line.set(STOP);
        echo.join();
        return nanos;
    }

    private static long both(ExecutorService pool, java.util.function.LongSupplier task) {
        var first = CompletableFuture.supplyAsync(task::getAsLong, pool);
        var second = CompletableFuture.supplyAsync(task::getAsLong, pool);
        return first.join() + second.join();
    }

    private static long hits(Random random, long darts) {
        long inside = 0;
        for (long i = 0; i < darts; i++) {
            double x = random.nextDouble();
            double y = random.nextDouble();
            inside += x * x + y * y <= 1.0 ? 1 : 0;
        }
        return inside;
    }

    private static long hits(SplittableRandom random, long darts) {
        long inside = 0;
        for (long i = 0; i < darts; i++) {
            double x = random.nextDouble();
            double y = random.nextDouble();
            inside += x * x + y * y <= 1.0 ? 1 : 0;
        }
        return inside;
    }

    /** The eighth figure of /proc/stat's first line: ticks stolen from all this VM's cores. */
    private static long stealTicks() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        return Long.parseLong(cpu[8]);
    }
}
