package dev.perflab.web;

import dev.perflab.catalog.ExperimentDefinition;
import dev.perflab.catalog.ParamDefinition;
import dev.perflab.web.HostileValues.Hostile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON run requests, each wrong in one named field (sometimes in a second one too), drawn from a
 * seed so a failure replays. The body is built as text: duplicated keys cannot be built any other way.
 */
final class HostileRunRequests {

    /** A request body and the field its rejection must name. */
    record HostileRequest(String body, String field, Set<String> allowedFields) {}

    private enum Target {
        PARAM,
        OPTION,
        EXPERIMENT,
        UNKNOWN_PARAM,
        UNKNOWN_OPTION,
        UNKNOWN_KEY,
        DUPLICATE_KEY,
        NOT_AN_OBJECT
    }

    private static final List<String> NOT_OBJECTS = List.of("[]", "\"x\"", "1", "true", "[{}]");

    private final Random random;
    private final List<ExperimentDefinition> experiments;
    private final List<Hostile> values;
    private final JsonMapper json;

    HostileRunRequests(long seed, List<ExperimentDefinition> experiments, JsonMapper json) {
        this.random = new Random(seed);
        this.experiments = List.copyOf(experiments);
        this.values = HostileValues.jsonValues(json);
        this.json = json;
    }

    HostileRequest next() {
        var experiment = pick(experiments);
        var rules = new FieldRules(experiment);
        var top = new JsonObject();
        var params = new JsonObject();
        var options = new JsonObject();
        top.put("experiment", quoted(experiment.id()));
        options.put("profile", quoted("smoke"));
        var allowed = new java.util.HashSet<>(rules.knownFields());
        String field = switch (pick(List.of(Target.values()))) {
            case PARAM -> badParam(experiment, rules, params);
            case OPTION -> badOption(rules, options, FieldRules.OPTIONS);
            case EXPERIMENT -> {
                top.put(
                        "experiment",
                        hostile(text -> !text.equals(experiment.id())).json());
                yield "experiment";
            }
            case UNKNOWN_PARAM -> "params." + params.add(pick(HostileValues.NAMES), "1");
            case UNKNOWN_OPTION -> "options." + options.add(pick(HostileValues.NAMES), "1");
            case UNKNOWN_KEY -> top.add(pick(HostileValues.NAMES), "1");
            case DUPLICATE_KEY -> duplicate(experiment, top, params, options);
            case NOT_AN_OBJECT -> {
                String container = random.nextBoolean() ? "params" : "options";
                (container.equals("params") ? params : options).replaceWith(pick(NOT_OBJECTS));
                yield container;
            }
        };
        allowed.add(field);
        if (random.nextInt(4) == 0) {
            // A second wrong field, never the profile: a wrong profile ends the check before the rest.
            allowed.add(
                    random.nextBoolean()
                            ? badParam(experiment, rules, params)
                            : badOption(rules, options, FieldRules.OPTIONS.subList(1, FieldRules.OPTIONS.size())));
        }
        top.put("params", params.toJson());
        top.put("options", options.toJson());
        return new HostileRequest(top.toJson(), field, Set.copyOf(allowed));
    }

    private String badParam(ExperimentDefinition experiment, FieldRules rules, JsonObject params) {
        ParamDefinition param = pick(experiment.params());
        params.put(
                param.name(),
                hostile(text -> !rules.mayAccept(param.name(), text)).json());
        return "params." + param.name();
    }

    private String badOption(FieldRules rules, JsonObject options, List<String> among) {
        String option = pick(among);
        options.put(option, hostile(text -> !rules.mayAccept(option, text)).json());
        return "options." + option;
    }

    /** The same key twice, the valid value last: a parser that keeps the last one would accept it. */
    private String duplicate(ExperimentDefinition experiment, JsonObject top, JsonObject params, JsonObject options) {
        switch (random.nextInt(3)) {
            case 0 -> {
                top.add("experiment", quoted(experiment.id()));
                return "experiment";
            }
            case 1 -> {
                ParamDefinition param = pick(experiment.params());
                params.add(param.name(), pick(values).json());
                params.add(param.name(), quoted(param.defaults().getFirst()));
                return "params." + param.name();
            }
            default -> {
                options.add("profile", quoted("smoke"));
                return "options.profile";
            }
        }
    }

    private Hostile hostile(java.util.function.Predicate<String> refused) {
        List<Hostile> candidates =
                values.stream().filter(value -> refused.test(value.text())).toList();
        return pick(candidates);
    }

    private String quoted(String text) {
        return json.writeValueAsString(text);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** Members in order, duplicates allowed; or, replaced, any other JSON value. */
    private final class JsonObject {
        private final List<Map.Entry<String, String>> members = new ArrayList<>();
        private String replacement;

        void put(String key, String value) {
            members.removeIf(member -> member.getKey().equals(key));
            members.add(Map.entry(key, value));
        }

        String add(String key, String value) {
            members.add(Map.entry(key, value));
            return key;
        }

        void replaceWith(String value) {
            replacement = value;
        }

        String toJson() {
            if (replacement != null) {
                return replacement;
            }
            List<String> texts = members.stream()
                    .map(member -> quoted(member.getKey()) + ": " + member.getValue())
                    .toList();
            return "{" + String.join(", ", texts) + "}";
        }
    }
}
