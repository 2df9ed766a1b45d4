package dev.perflab.run;

import dev.perflab.store.RunSearch;
import dev.perflab.store.RunStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Stored runs as lists and samples: history, the newest run per experiment, measurements. */
public class RunArchive {

    public static final int MAX_PAGE_SIZE = 100;

    private final RunSearch search;
    private final RunStore store;
    private final RunReader reader;

    RunArchive(RunSearch search, RunStore store, RunReader reader) {
        this.search = search;
        this.store = store;
        this.reader = reader;
    }

    /** Page {@code page} (from 1) of runs, newest first; null filters match everything. */
    public Mono<RunHistory> history(String experiment, RunStatus status, int page, int pageSize) {
        int size = Math.clamp(pageSize, 1, MAX_PAGE_SIZE);
        int number = Math.max(page, 1);
        String statusName = status == null ? null : status.name();
        // Any page past the last is empty; a huge page number must not wrap round to a negative offset.
        int offset = (int) Math.min((long) (number - 1) * size, Integer.MAX_VALUE);
        return Mono.zip(
                        search.page(experiment, statusName, offset, size)
                                .map(reader::summary)
                                .collectList(),
                        search.count(experiment, statusName))
                .map(found -> new RunHistory(found.getT1(), found.getT2(), number, size));
    }

    /** Experiment id → its newest run. */
    public Mono<Map<String, RunSummary>> latestByExperiment() {
        return search.latestPerExperiment()
                .map(reader::summary)
                .collectMap(RunSummary::experiment, Function.identity());
    }

    /** Every measurement iteration of the run, in the order measured. */
    public Flux<Run.Measurement> measurements(String runId) {
        return store.eventsOfTypes(runId, List.of("iteration"))
                .concatMap(event -> Mono.justOrEmpty(reader.measurement(event)));
    }

    /** The events recorded so far, in order; never waits for a live run. */
    public Flux<RunEvent> recordedEvents(String runId) {
        return store.events(runId, 0).map(row -> new RunEvent(row.seq(), row.type(), row.at(), row.dataJson()));
    }

    /** Measurements grouped by point (benchmark and params), then by fork, as JMH's rawData is. */
    public static Map<String, Map<Integer, List<Run.Measurement>>> byPointAndFork(List<Run.Measurement> measurements) {
        return measurements.stream()
                .collect(Collectors.groupingBy(
                        m -> pointKey(m.benchmark(), m.params()),
                        LinkedHashMap::new,
                        Collectors.groupingBy(Run.Measurement::fork, TreeMap::new, Collectors.toList())));
    }

    /** Identifies a point of the grid; params in their stored order. */
    public static String pointKey(String benchmark, Map<String, String> params) {
        return Objects.toString(benchmark, "") + " " + new TreeMap<>(params);
    }
}
