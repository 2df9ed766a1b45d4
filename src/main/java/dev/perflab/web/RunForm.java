package dev.perflab.web;

import dev.perflab.catalog.ExperimentDefinition;
import dev.perflab.catalog.ParamDefinition;
import dev.perflab.run.FieldError;
import dev.perflab.run.RunRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;

/**
 * The experiment form: one field per param and run option, each also a query parameter, so a
 * configured form is a link. Lists are comma-separated text.
 */
record RunForm(
        Map<String, String> params,
        String profile,
        String forks,
        String warmupIterations,
        String measurementIterations,
        String iterationMillis,
        List<String> jvmOptions,
        String profiler,
        Map<String, String> errors) {

    /**
     * A field given more than once counts with all its values, comma-separated as if typed so: a
     * param sweeps them, a single-valued option is refused naming the field. Keeping only the
     * first would start a run from values nobody saw checked.
     */
    static RunForm from(ExperimentDefinition experiment, MultiValueMap<String, String> fields) {
        Function<String, String> field = name -> {
            List<String> values = fields.get(name);
            return values == null ? "" : String.join(",", values).strip();
        };
        Map<String, String> params = new LinkedHashMap<>();
        for (ParamDefinition param : experiment.params()) {
            params.put(
                    param.name(),
                    fields.containsKey(param.name()) ? field.apply(param.name()) : String.join(",", param.defaults()));
        }
        List<String> jvmOptions = fields.getOrDefault("jvmOptions", List.of());
        return new RunForm(
                params,
                field.apply("profile").isEmpty() ? "standard" : field.apply("profile"),
                field.apply("forks"),
                field.apply("warmupIterations"),
                field.apply("measurementIterations"),
                field.apply("iterationMillis"),
                jvmOptions,
                field.apply("profiler").isEmpty() ? "none" : field.apply("profiler"),
                Map.of());
    }

    /** The form a finished run was started from, every option explicit: "run again" submits it. */
    static MultiValueMap<String, String> fieldsOf(dev.perflab.run.Run run) {
        MultiValueMap<String, String> fields = new org.springframework.util.LinkedMultiValueMap<>();
        run.params().forEach((name, values) -> fields.add(name, String.join(",", values)));
        var options = run.options();
        fields.add("profile", options.profile());
        fields.add("forks", Integer.toString(options.forks()));
        fields.add("warmupIterations", Integer.toString(options.warmupIterations()));
        fields.add("measurementIterations", Integer.toString(options.measurementIterations()));
        fields.add("iterationMillis", Long.toString(options.iterationMillis()));
        fields.add("profiler", options.profiler());
        options.jvmOptions().forEach(id -> fields.add("jvmOptions", id));
        return fields;
    }

    /**
     * The form to edit a run from, as query fields of the experiment page: its params, profile,
     * profiler and JVM options, and those iteration settings that differ from its profile's, so
     * that the other fields still follow the profile when the user picks another one.
     */
    static MultiValueMap<String, String> editFieldsOf(dev.perflab.run.Run run, ExperimentDefinition experiment) {
        MultiValueMap<String, String> fields = fieldsOf(run);
        var profile = experiment.profiles().get(run.options().profile());
        if (profile != null) {
            Map.of(
                            "forks", Integer.toString(profile.forks()),
                            "warmupIterations", Integer.toString(profile.warmupIterations()),
                            "measurementIterations", Integer.toString(profile.measurementIterations()),
                            "iterationMillis", Long.toString(profile.iterationMillis()),
                            "profiler", profile.profiler() == null ? "none" : profile.profiler())
                    .forEach((name, fromProfile) -> {
                        if (List.of(fromProfile).equals(fields.get(name))) {
                            fields.remove(name);
                        }
                    });
        }
        return fields;
    }

    RunRequest toRequest(String experimentId) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("profile", profile);
        options.put("profiler", profiler);
        putIfGiven(options, "forks", forks);
        putIfGiven(options, "warmupIterations", warmupIterations);
        putIfGiven(options, "measurementIterations", measurementIterations);
        putIfGiven(options, "iterationMillis", iterationMillis);
        if (!jvmOptions.isEmpty()) {
            options.put("jvmOptions", jvmOptions);
        }
        return new RunRequest(experimentId, new LinkedHashMap<>(params), options);
    }

    /** The same form with each error placed by its field's name ({@code workers}, {@code forks}). */
    RunForm withErrors(List<FieldError> fieldErrors) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : fieldErrors) {
            String name = error.field().substring(error.field().indexOf('.') + 1);
            byField.merge(name, error.message(), (a, b) -> a + "; " + b);
        }
        return new RunForm(
                params,
                profile,
                forks,
                warmupIterations,
                measurementIterations,
                iterationMillis,
                jvmOptions,
                profiler,
                byField);
    }

    /** A run option's field text by name, for the template. */
    public String option(String name) {
        return switch (name) {
            case "forks" -> forks;
            case "warmupIterations" -> warmupIterations;
            case "measurementIterations" -> measurementIterations;
            case "iterationMillis" -> iterationMillis;
            default -> throw new IllegalArgumentException("no run option field " + name);
        };
    }

    private static void putIfGiven(Map<String, Object> options, String name, String value) {
        if (value != null && !value.isBlank()) {
            options.put(name, value);
        }
    }
}
