package dev.perflab;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every setting of the lab, with its default, in one place ({@code lab.*}).
 *
 * @param dataDir where the embedded database and the extracted benchmarks jar live
 * @param queueCapacity runs waiting behind the running one before new ones get 429
 * @param queuePerClient runs one client (address) may have waiting or running at once
 * @param viewersPerClient event streams one client (address) may have open at once
 * @param maxPredictedRun a run predicted to take longer is refused before it is queued
 * @param runTimeout a run still going after this is ended as TIMED_OUT
 * @param forkHeap the heap of every measuring JVM ({@code -Xms} and {@code -Xmx})
 * @param hostHeap the heap of the JMH host JVM, which only relays events
 * @param maxRequestBody a request body (JSON or form) larger than this is answered 413 unread; a
 *     real run request is well under a kilobyte
 * @param benchmarksJar a benchmarks jar to run instead of the one the server carries (a freshly
 *     built experiments jar, or the fault-injection jar the tests use); unset by default
 * @param classCaches train ahead-of-time class caches for the benchmark JVMs once per benchmarks
 *     jar and JDK, in the background after start, so every later run starts its JVMs faster
 */
@ConfigurationProperties("lab")
public record LabProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("20") int queueCapacity,
        @DefaultValue("3") int queuePerClient,
        @DefaultValue("50") int viewersPerClient,
        @DefaultValue("10m") Duration maxPredictedRun,
        @DefaultValue("15m") Duration runTimeout,
        @DefaultValue("1g") String forkHeap,
        @DefaultValue("128m") String hostHeap,
        @DefaultValue("64KB") DataSize maxRequestBody,
        Path benchmarksJar,
        @DefaultValue("true") boolean classCaches) {}
