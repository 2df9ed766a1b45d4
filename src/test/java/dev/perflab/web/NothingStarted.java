package dev.perflab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.store.RunSearch;
import java.time.Instant;
import java.util.List;

/**
 * Watches that hostile requests leave no trace: no run stored (a run is stored before it is
 * queued, so none can have started unseen) and no JVM started from the lab's benchmarks jar other
 * than the class-cache training the lab does after its start.
 */
final class NothingStarted {

    private final RunSearch search;
    private final long runsBefore;
    private final Instant since;

    NothingStarted(RunSearch search) {
        this.search = search;
        this.runsBefore = runCount();
        this.since = Instant.now();
    }

    void verify() {
        assertThat(runCount()).as("runs stored").isEqualTo(runsBefore);
        List<String> started = RunApiForkTest.harnessProcesses().stream()
                .filter(process -> process.info()
                        .startInstant()
                        .map(start -> !start.isBefore(since))
                        .orElse(true))
                .map(process -> process.info().commandLine().orElse("pid " + process.pid()))
                // The lab trains its class caches once it is ready, by running the harness with
                // -XX:AOTMode=record/create: that is the lab's own start, not a run a request began.
                .filter(command -> !command.contains("-XX:AOTMode="))
                .toList();
        assertThat(started).as("benchmark JVMs started").isEmpty();
    }

    private long runCount() {
        return search.count(null, null).blockOptional().orElseThrow();
    }
}
