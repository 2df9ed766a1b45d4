package dev.perflab.web;

import dev.perflab.catalog.ExperimentDefinition;
import dev.perflab.catalog.ParamDefinition;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Experiment forms as a browser (or a script pretending to be one) would post them, each wrong in
 * one field, sometimes with that field given twice or with fields the form does not have.
 */
final class HostileForms {

    /** A form-encoded body for {@code /experiments/{experiment}} and the field whose error it must show. */
    record HostileForm(String experiment, String body, String field) {}

    private static final List<String> OPTION_FIELDS =
            List.of("profile", "forks", "warmupIterations", "measurementIterations", "iterationMillis", "profiler");

    private final Random random;
    private final List<ExperimentDefinition> experiments;

    HostileForms(long seed, List<ExperimentDefinition> experiments) {
        this.random = new Random(seed);
        this.experiments = List.copyOf(experiments);
    }

    HostileForm next() {
        var experiment = pick(experiments);
        var rules = new FieldRules(experiment);
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("profile", "smoke"));
        String field = switch (random.nextInt(4)) {
            case 0 -> {
                ParamDefinition param = pick(experiment.params());
                fields.add(Map.entry(param.name(), hostile(rules, param.name(), "")));
                yield param.name();
            }
            case 1 -> {
                String option = pick(OPTION_FIELDS);
                fields.removeIf(entry -> entry.getKey().equals(option));
                fields.add(Map.entry(option, hostile(rules, option, "")));
                yield option;
            }
            case 2 -> {
                fields.add(Map.entry("jvmOptions", hostile(rules, "jvmOptions", "")));
                yield "jvmOptions";
            }
            default -> {
                // The valid value first: a form that kept only the first would accept it.
                ParamDefinition param = pick(experiment.params());
                String valid = param.defaults().getFirst();
                fields.add(Map.entry(param.name(), valid));
                fields.add(Map.entry(param.name(), hostile(rules, param.name(), valid + ",")));
                yield param.name();
            }
        };
        if (random.nextBoolean()) {
            fields.add(Map.entry(pick(HostileValues.NAMES), pick(HostileValues.TEXTS)));
        }
        return new HostileForm(experiment.id(), encode(fields), field);
    }

    /** A text the field must refuse, also when it follows {@code before} (an earlier value of it). */
    private String hostile(FieldRules rules, String field, String before) {
        return pick(HostileValues.TEXTS.stream()
                .filter(text -> !rules.mayAccept(field, before + text))
                .toList());
    }

    static String encode(List<Map.Entry<String, String>> fields) {
        return String.join(
                "&",
                fields.stream()
                        .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                        .toList());
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
