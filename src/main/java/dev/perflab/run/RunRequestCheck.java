package dev.perflab.run;

import dev.perflab.catalog.Catalog;
import dev.perflab.catalog.ExperimentDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a request into a run the lab may start, or rejects it with every reason at once. */
final class RunRequestCheck {

    /** A flag that picks the JVM's garbage collector (-XX:+UseSerialGC, -XX:+UseZGC, ...). */
    private static final java.util.function.Predicate<String> CHOOSES_A_COLLECTOR =
            java.util.regex.Pattern.compile("-XX:\\+Use\\w+GC").asMatchPredicate();

    static final Set<String> OPTIONS = Set.of(
            "profile",
            "forks",
            "warmupIterations",
            "measurementIterations",
            "iterationMillis",
            "jvmOptions",
            "profiler");
    static final String NOT_A_REQUEST_FIELD = "is not part of a run request, which has experiment, params and options";

    private final Catalog catalog;
    private final Duration maxPredictedRun;

    RunRequestCheck(Catalog catalog, Duration maxPredictedRun) {
        this.catalog = catalog;
        this.maxPredictedRun = maxPredictedRun;
    }

    /** Every value checked against the definition; the duration limit is not applied here. */
    ValidatedRun validate(RunRequest request) {
        List<FieldError> errors = new ArrayList<>();
        request.unknown().keySet().forEach(name -> errors.add(new FieldError(name, NOT_A_REQUEST_FIELD)));
        var experiment = catalog.find(request.experiment())
                .orElseThrow(() -> reject(
                        errors,
                        new FieldError(
                                "experiment",
                                request.experiment() == null
                                        ? "needs the id of an experiment"
                                        : "unknown experiment '" + request.experiment() + "'")));
        request.options().keySet().stream()
                .filter(name -> !OPTIONS.contains(name))
                .forEach(name -> errors.add(new FieldError("options." + name, "is not a run option")));
        String profileName = text(request.options().getOrDefault("profile", "standard"));
        var profile = experiment.profiles().get(profileName);
        if (profile == null) {
            throw reject(errors, new FieldError("options.profile", "must be smoke or standard"));
        }
        var profileParams = profile.params() == null ? Map.<String, List<String>>of() : profile.params();
        var params = ParamsCheck.grid(experiment, request.params(), profileParams, errors);
        var options = new RunOptions(
                profileName,
                bounded(request, IterationOption.FORKS, profile.forks(), errors),
                bounded(request, IterationOption.WARMUP_ITERATIONS, profile.warmupIterations(), errors),
                bounded(request, IterationOption.MEASUREMENT_ITERATIONS, profile.measurementIterations(), errors),
                bounded(request, IterationOption.ITERATION_MILLIS, (int) profile.iterationMillis(), errors),
                jvmOptions(experiment, request.options().get("jvmOptions"), errors),
                profiler(
                        request.options()
                                .getOrDefault("profiler", profile.profiler() == null ? "none" : profile.profiler()),
                        errors));
        if (!errors.isEmpty()) {
            throw new RunRejectedException(errors);
        }
        int points = params.values().stream().mapToInt(List::size).reduce(1, Math::multiplyExact);
        return new ValidatedRun(experiment, params, options, RunPlan.of(points, options));
    }

    /** A valid run the lab may start: its predicted duration is within the limit. */
    ValidatedRun check(RunRequest request) {
        var validated = validate(request);
        overLimit(validated.plan()).ifPresent(error -> {
            throw new RunRejectedException(List.of(error));
        });
        return validated;
    }

    Duration limit() {
        return maxPredictedRun;
    }

    java.util.Optional<FieldError> overLimit(RunPlan plan) {
        if (plan.predictedMillis() <= maxPredictedRun.toMillis()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new FieldError(
                "options",
                "this run would take about " + words(Duration.ofMillis(plan.predictedMillis()))
                        + ", over the lab's limit of " + words(maxPredictedRun)
                        + ": sweep fewer values, use fewer or shorter iterations, or a smaller size"));
    }

    /** "45 s", "3 min 20 s". */
    static String words(Duration duration) {
        long seconds = Math.round(duration.toMillis() / 1000.0);
        if (seconds < 120) {
            return seconds + " s";
        }
        return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }

    private static int bounded(RunRequest request, IterationOption option, int fallback, List<FieldError> errors) {
        String name = option.field();
        int min = option.min();
        int max = option.max();
        Object value = request.options().get(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return fallback;
        }
        var texts = ParamsCheck.texts(value);
        try {
            int number = texts.size() == 1 ? Integer.parseInt(texts.getFirst()) : Integer.MIN_VALUE;
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, as any other value out of bounds
        }
        errors.add(new FieldError("options." + name, "must be a whole number from " + min + " to " + max));
        return fallback;
    }

    /**
     * Only ids from the experiment's allowlist; a list longer than the allowlist cannot be all
     * allowed and gets one error, not one per entry.
     */
    private static List<String> jvmOptions(ExperimentDefinition experiment, Object value, List<FieldError> errors) {
        List<String> ids = ParamsCheck.texts(value).stream().distinct().toList();
        if (experiment.jvmOptions().isEmpty() && !ids.isEmpty()) {
            errors.add(new FieldError("options.jvmOptions", "this experiment takes no JVM options"));
            return List.of();
        }
        String allowed = String.join(
                ", ", experiment.jvmOptions().stream().map(o -> o.id()).toList());
        if (ids.size() > experiment.jvmOptions().size()) {
            errors.add(new FieldError(
                    "options.jvmOptions",
                    "lists " + ids.size() + " options, more than the "
                            + experiment.jvmOptions().size() + " allowed here: " + allowed));
            return List.of();
        }
        for (String id : ids) {
            if (experiment.jvmOption(id).isEmpty()) {
                errors.add(new FieldError(
                        "options.jvmOptions", "'" + id + "' is not an allowed JVM option here; allowed: " + allowed));
            }
        }
        List<String> collectors = ids.stream()
                .filter(id -> experiment.jvmOption(id).stream()
                        .flatMap(option -> option.args().stream())
                        .anyMatch(CHOOSES_A_COLLECTOR))
                .toList();
        if (collectors.size() > 1) {
            errors.add(new FieldError(
                    "options.jvmOptions",
                    "'" + String.join("' and '", collectors)
                            + "' each choose a garbage collector, and a JVM runs only one: pick one of them"));
        }
        return ids;
    }

    private static String profiler(Object value, List<FieldError> errors) {
        String profiler = text(value);
        if (!ExperimentDefinition.PROFILERS.contains(profiler)) {
            errors.add(new FieldError(
                    "options.profiler", "must be one of " + String.join(", ", ExperimentDefinition.PROFILERS)));
            return "none";
        }
        return profiler;
    }

    private static String text(Object value) {
        return value instanceof String s ? s.strip() : String.valueOf(value);
    }

    private static RunRejectedException reject(List<FieldError> errors, FieldError last) {
        var all = new ArrayList<>(errors);
        all.add(last);
        return new RunRejectedException(all);
    }
}
