package dev.perflab.web;

import dev.perflab.metrics.LabMetrics;
import dev.perflab.run.FieldError;
import dev.perflab.run.Run;
import dev.perflab.run.RunPreview;
import dev.perflab.run.RunRejectedException;
import dev.perflab.run.RunRequest;
import dev.perflab.run.RunService;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;

@RestController
@RequestMapping("/api/runs")
class RunApi {

    private final RunService runs;
    private final LabMetrics metrics;

    private final ViewerLimit viewers;
    private final SseFrames frames = new SseFrames();

    RunApi(RunService runs, LabMetrics metrics, ViewerLimit viewers) {
        this.runs = runs;
        this.metrics = metrics;
        this.viewers = viewers;
    }

    @PostMapping
    Mono<ResponseEntity<Map<String, String>>> create(@RequestBody RunRequest request, ServerWebExchange exchange) {
        return runs.create(request, Clients.of(exchange))
                .map(run -> ResponseEntity.created(URI.create("/api/runs/" + run.id()))
                        .body(Map.of(
                                "id",
                                run.id(),
                                "url",
                                "/runs/" + run.id(),
                                "status",
                                run.status().name())));
    }

    /** What a request would start and cost, checked like a real one, without starting anything. */
    @PostMapping("/preview")
    Mono<RunPreview> preview(@RequestBody RunRequest request) {
        return runs.preview(request);
    }

    @GetMapping("/{id}")
    Mono<Run> one(@PathVariable String id) {
        return runs.find(id).switchIfEmpty(Mono.error(() -> notFound(id)));
    }

    /**
     * The run and the other succeeded runs with exactly its settings on this lab version, newest
     * first (at most ten): the run page works out from them how much the score varies between runs.
     */
    @GetMapping("/{id}/repeats")
    Mono<List<Run>> repeats(@PathVariable String id) {
        return runs.exists(id).flatMap(exists -> exists ? runs.repeats(id).collectList() : Mono.error(notFound(id)));
    }

    /**
     * Replays the run's events from the first (or after Last-Event-ID), then streams live ones. The
     * frames are written a batch at a time: a burst of events costs each viewer one write.
     *
     * <p>Written as one stream, not as a flush per batch (what Spring does for a streaming type it
     * encodes): Netty then flushes whenever it has written all it was given, so batches that queued
     * for a viewer while its event loop served others leave in one write.
     */
    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Mono<Void> events(
            @PathVariable String id,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            ServerWebExchange exchange) {
        long after = parseEventId(lastEventId);
        String client = Clients.of(exchange);
        ServerHttpResponse response = exchange.getResponse();
        DataBufferFactory buffers = response.bufferFactory();
        response.getHeaders().setContentType(MediaType.TEXT_EVENT_STREAM);
        return response.writeWith(Flux.defer(() -> {
            if (!viewers.enter(client)) {
                return Flux.error(new ResponseStatusException(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "You have " + viewers.perClient() + " event streams open, the most one client may have"));
            }
            return runs.exists(id)
                    .flatMapMany(exists -> exists ? runs.eventBatches(id, after) : Flux.error(notFound(id)))
                    .map(batch -> {
                        metrics.eventsDelivered(batch.size());
                        return buffers.wrap(frames.of(batch));
                    })
                    .takeUntilOther(closed(exchange))
                    .doOnSubscribe(subscription -> metrics.viewerConnected())
                    .doFinally(signal -> {
                        metrics.viewerLeft();
                        viewers.leave(client);
                    });
        }));
    }

    @PostMapping("/{id}/cancel")
    Mono<ResponseEntity<Map<String, Object>>> cancel(@PathVariable String id) {
        return runs.exists(id)
                .flatMap(exists -> exists ? runs.cancel(id) : Mono.error(notFound(id)))
                .map(cancelled -> cancelled
                        ? ResponseEntity.accepted().body(Map.<String, Object>of("cancelled", true))
                        : ResponseEntity.status(HttpStatus.CONFLICT)
                                .body(Map.<String, Object>of(
                                        "cancelled", false, "message", "the run has already ended")));
    }

    /**
     * Completes once the viewer's connection has closed, at once if it already has. Netty cancels
     * a stream whose connection drops while it writes, but not one whose viewer reset the
     * connection just after asking: that stream waited forever, holding the viewer's place and,
     * while it was read from the database, a connection of the pool.
     */
    private static Mono<Void> closed(ServerWebExchange exchange) {
        Object request = ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest());
        return request instanceof Connection connection ? connection.onDispose() : Mono.never();
    }

    private static long parseEventId(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(lastEventId.strip()));
        } catch (NumberFormatException e) {
            throw new RunRejectedException(List.of(
                    new FieldError("Last-Event-ID", "must be the id of one of the run's events, a whole number")));
        }
    }

    private static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no run " + id);
    }
}
