package dev.perflab.run;

import dev.perflab.fork.ClassCaches;
import dev.perflab.fork.ForkLauncher;
import dev.perflab.fork.ForkOutput;
import dev.perflab.metrics.LabMetrics;
import dev.perflab.protocol.HarnessEvent;
import dev.perflab.protocol.RunSpec;
import dev.perflab.store.RunStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Runs one queued run in a fork and turns what the fork prints into the run's events. */
final class RunExecution {

    private final ForkLauncher launcher;
    private final RunStore store;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration timeout;
    private final List<String> baseForkArgs;
    private final String labVersion;
    private final LabMetrics metrics;
    private final ClassCaches caches;

    RunExecution(
            ForkLauncher launcher,
            RunStore store,
            JsonMapper json,
            Clock clock,
            Duration timeout,
            List<String> baseForkArgs,
            String labVersion,
            LabMetrics metrics,
            ClassCaches caches) {
        this.launcher = launcher;
        this.store = store;
        this.json = json;
        this.clock = clock;
        this.timeout = timeout;
        this.baseForkArgs = List.copyOf(baseForkArgs);
        this.labVersion = labVersion;
        this.metrics = metrics;
        this.caches = caches;
    }

    /** Completes when the run's terminal event is stored; cancelling it kills the fork. */
    Mono<Void> execute(QueuedRun run) {
        return Mono.defer(() -> {
            var started = clock.instant();
            metrics.started(run.id());
            run.channel().publish("started", Map.of("plan", run.run().plan()), store.markStarted(run.id(), started));
            var outcome = new ForkOutcome();
            return launcher.launch(spec(run.run()))
                    .takeUntilOther(Mono.delay(timeout))
                    .doOnNext(output -> handle(run, output, outcome))
                    .then(Mono.fromRunnable(() -> conclude(run, outcome)))
                    .onErrorResume(error -> {
                        end(run, RunStatus.FAILED, error.getMessage(), List.of());
                        return Mono.empty();
                    })
                    .then(run.channel().terminated());
        });
    }

    /** Publishes the terminal event; the run's status is stored before any viewer sees it. */
    void end(QueuedRun run, RunStatus status, String reason, List<String> stderrTail) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", status.name());
        if (reason != null) {
            data.put("reason", reason);
        }
        if (!stderrTail.isEmpty()) {
            data.put("stderrTail", stderrTail);
        }
        String error = reason == null
                ? null
                : stderrTail.isEmpty()
                        ? reason
                        : reason + "\n\nLast lines of stderr:\n" + String.join("\n", stderrTail);
        boolean published = run.channel()
                .publish(
                        status.terminalEventType(),
                        data,
                        store.markEnded(run.id(), status.name(), clock.instant(), error));
        if (published) {
            metrics.ended(run.id(), status.name());
        }
    }

    private void handle(QueuedRun run, ForkOutput output, ForkOutcome outcome) {
        var channel = run.channel();
        switch (output) {
            case ForkOutput.Event wrapped -> {
                switch (wrapped.event()) {
                    case HarnessEvent.Hello hello -> outcome.checkProtocol(hello);
                    case HarnessEvent.Environment environment -> {
                        ObjectNode data = withoutType(environment);
                        data.put("labVersion", labVersion);
                        data.put("jmhVersion", outcome.jmhVersion());
                        channel.publish("environment", data);
                    }
                    case HarnessEvent.Fork fork -> {
                        metrics.forkStarted(run.id());
                        channel.publish("fork", withoutType(fork));
                    }
                    case HarnessEvent.Iteration iteration -> {
                        metrics.iterationEnded(run.id());
                        channel.publish("iteration", withoutType(iteration));
                    }
                    case HarnessEvent.Result result -> channel.publish("result", withoutType(result));
                    case HarnessEvent.Profile profile -> channel.publish("profile", withoutType(profile));
                }
            }
            case ForkOutput.Log log -> {
                outcome.log(log.line());
                channel.publish("log", Map.of("stream", "stderr", "line", log.line()));
            }
            case ForkOutput.Malformed malformed -> {
                outcome.malformed(malformed.problem());
                channel.publish("log", Map.of("stream", "stdout", "line", malformed.line()));
            }
            case ForkOutput.Exited exited -> outcome.exited(exited);
        }
    }

    private void conclude(QueuedRun run, ForkOutcome outcome) {
        ForkOutcome.Verdict verdict = outcome.verdict(timeout);
        end(run, verdict.status(), verdict.reason(), verdict.stderrTail());
    }

    RunSpec spec(ValidatedRun run) {
        List<String> jvmArgs = new ArrayList<>(baseForkArgs);
        jvmArgs.addAll(caches.forkArgs());
        jvmArgs.addAll(run.experiment().jvmArgs());
        for (String id : run.options().jvmOptions()) {
            jvmArgs.addAll(run.experiment().jvmOption(id).orElseThrow().args());
        }
        return new RunSpec(
                run.experiment().benchmark(),
                run.params(),
                run.options().forks(),
                run.options().warmupIterations(),
                run.options().measurementIterations(),
                run.options().iterationMillis(),
                jvmArgs,
                run.options().profiler().equals("none")
                        ? List.of()
                        : List.of(run.options().profiler()),
                choiceJvmArgs(run));
    }

    /** The JVM arguments of the chosen values of a param whose choices carry them (a compiler tier). */
    private static Map<String, Map<String, List<String>>> choiceJvmArgs(ValidatedRun run) {
        Map<String, Map<String, List<String>>> byParam = new LinkedHashMap<>();
        run.experiment().params().forEach(param -> {
            Map<String, List<String>> byValue = new LinkedHashMap<>(param.choiceJvmArgs());
            byValue.keySet().retainAll(run.params().getOrDefault(param.name(), List.of()));
            if (!byValue.isEmpty()) {
                byParam.put(param.name(), byValue);
            }
        });
        return byParam;
    }

    private ObjectNode withoutType(HarnessEvent event) {
        ObjectNode data = json.valueToTree(event);
        data.remove("type");
        return data;
    }
}
