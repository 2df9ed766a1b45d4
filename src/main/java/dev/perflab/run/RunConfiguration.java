package dev.perflab.run;

import dev.perflab.LabProperties;
import dev.perflab.catalog.BenchmarksJar;
import dev.perflab.catalog.Catalog;
import dev.perflab.fork.ClassCaches;
import dev.perflab.fork.ForkLauncher;
import dev.perflab.metrics.LabMetrics;
import dev.perflab.store.RunSearch;
import dev.perflab.store.RunStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class RunConfiguration {

    @Bean
    ClassCaches classCaches(BenchmarksJar jar, LabProperties lab) {
        return new ClassCaches(lab.dataDir().resolve("work").resolve("class-caches"), jar.path(), lab.classCaches());
    }

    @Bean
    ForkLauncher forkLauncher(BenchmarksJar jar, LabProperties lab, ClassCaches caches) {
        Path work = lab.dataDir().resolve("work");
        return new ForkLauncher(jar.path(), ForkLauncher.hostJvmArgs(lab.hostHeap(), work), work, caches);
    }

    @Bean
    RunRecovery runRecovery(RunStore store, JsonMapper json) {
        return new RunRecovery(store, json, Clock.systemUTC());
    }

    @Bean
    RunReader runReader(JsonMapper json) {
        return new RunReader(json);
    }

    @Bean
    RunArchive runArchive(RunSearch search, RunStore store, RunReader reader) {
        return new RunArchive(search, store, reader);
    }

    /** The version every run records, so a shared link says which lab produced it. */
    record LabVersion(String value) {}

    @Bean
    LabVersion labVersion(ObjectProvider<BuildProperties> build) {
        return new LabVersion(
                build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion());
    }

    @Bean
    RunQueue runQueue(
            ForkLauncher launcher,
            RunStore store,
            JsonMapper json,
            LabProperties lab,
            LabMetrics metrics,
            LabVersion labVersion,
            ClassCaches caches) {
        var execution = new RunExecution(
                launcher,
                store,
                json,
                Clock.systemUTC(),
                lab.runTimeout(),
                forkHeap(lab),
                labVersion.value(),
                metrics,
                caches);
        var queue = new RunQueue(lab.queueCapacity(), lab.queuePerClient(), execution, metrics);
        metrics.queueDepth(queue::depth);
        return queue;
    }

    /**
     * Once per benchmarks jar and JDK the queue holds while the class caches are trained: a few
     * seconds before the first run starts, then every JVM of every run starts faster
     * (docs/performance.md). Only once the lab is ready, so training never slows its start-up.
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> classCacheTraining(
            RunQueue queue, ClassCaches caches, ForkLauncher launcher, LabProperties lab) {
        return ready -> {
            if (!caches.ready()) {
                queue.holdUntil(Mono.<Void>fromRunnable(() -> caches.train(launcher, forkHeap(lab)))
                        .subscribeOn(Schedulers.boundedElastic()));
            }
        };
    }

    private static List<String> forkHeap(LabProperties lab) {
        return List.of("-Xms" + lab.forkHeap(), "-Xmx" + lab.forkHeap());
    }

    @Bean
    RunShutdown runShutdown(RunQueue queue) {
        return new RunShutdown(queue);
    }

    @Bean
    RunService runService(
            Catalog catalog,
            RunQueue queue,
            RunStore store,
            RunSearch search,
            RunReader reader,
            JsonMapper json,
            LabProperties lab,
            LabVersion labVersion) {
        return new RunService(
                new RunRequestCheck(catalog, lab.maxPredictedRun()),
                queue,
                new LiveRuns(),
                store,
                search,
                reader,
                json,
                Clock.systemUTC(),
                labVersion.value());
    }
}
