package dev.perflab.web;

import dev.perflab.catalog.ExperimentDefinition;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a value could be valid in a field of one experiment's run. The fuzz sends only values
 * that cannot be, so every request it sends must be refused: one accepted by mistake fails the
 * test instead of silently starting a fork. Erring towards "could be valid" only skips a value.
 */
record FieldRules(ExperimentDefinition experiment) {

    static final List<String> OPTIONS = List.of(
            "profile",
            "forks",
            "warmupIterations",
            "measurementIterations",
            "iterationMillis",
            "jvmOptions",
            "profiler");

    /** The documented bounds of the numeric run options. */
    private static final Map<String, List<Integer>> BOUNDS = Map.of(
            "forks", List.of(1, 5),
            "warmupIterations", List.of(0, 50),
            "measurementIterations", List.of(1, 100),
            "iterationMillis", List.of(10, 60_000));

    boolean mayAccept(String field, String text) {
        List<String> pieces = pieces(text);
        return switch (field) {
            case "profile" -> text.isBlank() || Set.of("smoke", "standard").contains(text.strip());
            case "profiler" -> text.isBlank() || Set.of("none", "gc").contains(text.strip());
            case "jvmOptions" ->
                pieces.stream().allMatch(id -> experiment.jvmOption(id).isPresent());
            default -> BOUNDS.containsKey(field) ? optionMayAccept(field, pieces) : paramMayAccept(field, pieces);
        };
    }

    /** Every field a rejection may name for this experiment, besides the ones a test made up. */
    Set<String> knownFields() {
        var fields = new java.util.HashSet<>(Set.of("experiment", "params", "options", "body"));
        OPTIONS.forEach(option -> fields.add("options." + option));
        experiment.params().forEach(param -> fields.add("params." + param.name()));
        return fields;
    }

    private static boolean optionMayAccept(String option, List<String> pieces) {
        if (pieces.isEmpty()) {
            return true;
        }
        try {
            int number = Integer.parseInt(pieces.getFirst());
            return pieces.size() == 1
                    && number >= BOUNDS.get(option).get(0)
                    && number <= BOUNDS.get(option).get(1);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private boolean paramMayAccept(String name, List<String> pieces) {
        var param = experiment.param(name).orElseThrow();
        return !pieces.isEmpty()
                && pieces.stream().allMatch(piece -> param.check(piece).isOk());
    }

    /** A form's comma-separated text as the lab splits it. */
    private static List<String> pieces(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(piece -> !piece.isEmpty())
                .toList();
    }
}
