package dev.perflab.run;

import dev.perflab.store.RunRow;
import dev.perflab.store.RunSearch;
import dev.perflab.store.RunStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** What the web layer can do with runs: create, read, follow and cancel them. */
public class RunService {

    private static final char[] ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final int ID_LENGTH = 10;
    /** The most same-settings runs {@link #repeats} reads: enough for a spread, few enough to read fast. */
    static final int REPEATS_READ = 10;

    private final RunRequestCheck check;
    private final RunQueue queue;
    private final LiveRuns live;
    private final RunStore store;
    private final RunSearch search;
    private final RunReader reader;
    private final JsonMapper json;
    private final Clock clock;
    private final String labVersion;
    private final SecureRandom random = new SecureRandom();

    RunService(
            RunRequestCheck check,
            RunQueue queue,
            LiveRuns live,
            RunStore store,
            RunSearch search,
            RunReader reader,
            JsonMapper json,
            Clock clock,
            String labVersion) {
        this.check = check;
        this.queue = queue;
        this.live = live;
        this.store = store;
        this.search = search;
        this.reader = reader;
        this.json = json;
        this.clock = clock;
        this.labVersion = labVersion;
    }

    /**
     * Checks, stores and queues a run. Fails with {@link RunRejectedException} or
     * {@link QueueFullException} before anything is stored or started. {@code client} identifies
     * who asks (their address), for the per-client cap on waiting runs.
     */
    public Mono<Run> create(RunRequest request, String client) {
        return Mono.fromCallable(() -> {
                    var validated = check.check(request);
                    queue.checkRoom(client);
                    return validated;
                })
                .flatMap(validated -> {
                    String id = newId();
                    var row = new RunRow(
                            id,
                            validated.experiment().id(),
                            json.writeValueAsString(validated.params()),
                            json.writeValueAsString(validated.options()),
                            json.writeValueAsString(validated.plan()),
                            client,
                            RunStatus.QUEUED.name(),
                            clock.instant(),
                            null,
                            null,
                            null,
                            labVersion);
                    // Read back before it is queued: the answer says what this request did (queued
                    // the run), whether or not the queue has started it by the time it is sent.
                    return store.insert(row)
                            .then(find(id))
                            .flatMap(run -> Mono.fromRunnable(() -> enqueue(id, validated, client))
                                    .thenReturn(run));
                });
    }

    /**
     * The plan of a request, or empty when the request would be rejected; reads nothing stored, so
     * a page can ask it of every experiment at no cost beyond the arithmetic.
     */
    public Optional<RunPlan> plan(RunRequest request) {
        try {
            return Optional.of(check.validate(request).plan());
        } catch (RunRejectedException e) {
            return Optional.empty();
        }
    }

    /**
     * What the request would start and what it would cost, without storing or starting anything;
     * a run over the duration limit keeps its plan so the form can say by how much.
     */
    public Mono<RunPreview> preview(RunRequest request) {
        long limit = check.limit().toMillis();
        return Mono.fromCallable(() -> check.validate(request))
                .flatMap(validated -> {
                    List<FieldError> errors =
                            check.overLimit(validated.plan()).stream().toList();
                    return search.sameSettings(
                                    validated.experiment().id(),
                                    json.writeValueAsString(validated.params()),
                                    json.writeValueAsString(validated.options()),
                                    labVersion)
                            .map(RunRow::id)
                            .map(Optional::of)
                            .defaultIfEmpty(Optional.empty())
                            .map(same -> new RunPreview(validated.plan(), limit, errors, same.orElse(null)));
                })
                .onErrorResume(
                        RunRejectedException.class, e -> Mono.just(new RunPreview(null, limit, e.errors(), null)));
    }

    /**
     * Run {@code id} and the other succeeded runs with exactly its settings on this lab version,
     * newest first, at most {@link #REPEATS_READ}: the same measurement repeated, so a page can say
     * how much the score varies from run to run. Empty for an unknown run.
     */
    public Flux<Run> repeats(String id) {
        return store.find(id)
                .flatMapMany(row -> search.sameSettings(
                        row.experiment(), row.paramsJson(), row.optionsJson(), row.labVersion(), REPEATS_READ))
                .concatMap(row -> find(row.id()));
    }

    public Mono<Run> find(String id) {
        return store.find(id)
                .flatMap(row -> store.eventsOfTypes(id, RunReader.VIEW_EVENT_TYPES)
                        .collectList()
                        .map(events -> reader.read(row, events)));
    }

    /**
     * Every event after {@code afterId}, then live ones until the terminal event, in batches: as
     * stored, for a live run (every viewer gets the same list instances, so a sender can encode
     * each once), and up to {@link EventChannel#MAX_BATCH} at a time from the store for an ended
     * run. Empty for an unknown run.
     */
    public Flux<List<RunEvent>> eventBatches(String id, long afterId) {
        return live.find(id)
                .map(channel ->
                        channel.batches().map(batch -> after(batch, afterId)).filter(batch -> !batch.isEmpty()))
                .orElseGet(() -> store.events(id, afterId)
                        .map(row -> new RunEvent(row.seq(), row.type(), row.at(), row.dataJson()))
                        .buffer(EventChannel.MAX_BATCH));
    }

    private static List<RunEvent> after(List<RunEvent> batch, long afterId) {
        return batch.getFirst().id() > afterId
                ? batch
                : batch.stream().filter(event -> event.id() > afterId).toList();
    }

    /** @return false when the run does not exist or has already ended */
    public Mono<Boolean> cancel(String id) {
        return Mono.fromCallable(() -> queue.cancel(id, "cancelled by a user"));
    }

    public Mono<Boolean> exists(String id) {
        return live.find(id).isPresent() ? Mono.just(true) : store.find(id).hasElement();
    }

    private void enqueue(String id, ValidatedRun validated, String client) {
        var channel = new EventChannel(id, 1, store, json, clock);
        live.add(id, channel);
        queue.submit(new QueuedRun(id, validated, channel, client));
    }

    private String newId() {
        var id = new StringBuilder(ID_LENGTH);
        for (int i = 0; i < ID_LENGTH; i++) {
            id.append(ID_ALPHABET[random.nextInt(ID_ALPHABET.length)]);
        }
        return id.toString();
    }

    static List<String> unendedStatuses() {
        return List.of(RunStatus.QUEUED.name(), RunStatus.RUNNING.name());
    }
}
