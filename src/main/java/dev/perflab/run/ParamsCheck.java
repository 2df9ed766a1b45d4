package dev.perflab.run;

import dev.perflab.catalog.ExperimentDefinition;
import dev.perflab.catalog.ParamDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Reads requested param values against their definitions into the grid JMH will sweep. */
final class ParamsCheck {

    /** More values than this in one param make a grid nobody can read on a chart. */
    static final int MAX_VALUES_PER_PARAM = 12;

    private ParamsCheck() {}

    static Map<String, List<String>> grid(
            ExperimentDefinition experiment,
            Map<String, Object> requested,
            Map<String, List<String>> profileValues,
            List<FieldError> errors) {
        requested.keySet().stream()
                .filter(name -> experiment.param(name).isEmpty())
                .forEach(name ->
                        errors.add(new FieldError("params." + name, "is not a parameter of " + experiment.id())));
        Map<String, List<String>> grid = new LinkedHashMap<>();
        for (ParamDefinition param : experiment.params()) {
            List<String> raw = requested.containsKey(param.name())
                    ? texts(requested.get(param.name()))
                    : profileValues.getOrDefault(param.name(), param.defaults());
            grid.put(param.name(), values(param, raw, errors));
        }
        return grid;
    }

    private static List<String> values(ParamDefinition param, List<String> raw, List<FieldError> errors) {
        String field = "params." + param.name();
        if (raw.isEmpty()) {
            errors.add(new FieldError(field, "needs a value"));
            return List.of();
        }
        if (raw.size() > MAX_VALUES_PER_PARAM) {
            errors.add(new FieldError(field, "takes at most " + MAX_VALUES_PER_PARAM + " values"));
            return List.of();
        }
        var values = new LinkedHashSet<String>();
        for (String text : raw) {
            var checked = param.check(text);
            if (checked.isOk()) {
                values.add(checked.value());
            } else {
                errors.add(new FieldError(field, checked.problem()));
            }
        }
        return List.copyOf(values);
    }

    /** JSON numbers, strings, lists of either, or a form's comma-separated text, as texts. */
    static List<String> texts(Object value) {
        return switch (value) {
            case null -> List.of();
            case List<?> list -> {
                var texts = new ArrayList<String>();
                list.forEach(item -> texts.addAll(texts(item)));
                yield texts;
            }
            case String text ->
                Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
            case Double number -> List.of(wholeNumberText(number));
            default -> List.of(value.toString());
        };
    }

    /** JSON gives 2 as 2.0 in some clients; a whole number is written without its fraction. */
    private static String wholeNumberText(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15
                ? Long.toString((long) number)
                : Double.toString(number);
    }
}
