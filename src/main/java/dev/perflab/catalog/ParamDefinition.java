package dev.perflab.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JMH {@code @Param} the form exposes. Values travel as JMH strings; {@code min} and {@code max}
 * bound numeric types, {@code choices} bound {@code choice}. A default with several values is
 * swept unless the user narrows it.
 */
public record ParamDefinition(
        String name,
        String label,
        ParamType type,
        @JsonProperty("default") List<String> defaults,
        Double min,
        Double max,
        List<Choice> choices,
        String help) {

    public enum ParamType {
        @JsonProperty("int")
        INT,
        @JsonProperty("long")
        LONG,
        @JsonProperty("double")
        DOUBLE,
        @JsonProperty("choice")
        CHOICE
    }

    /**
     * One value of a {@code choice} param. {@code jvmArgs}, when given, are JVM arguments the
     * forks measuring this value get, for a choice that is a way of running the JVM (a compiler
     * tier): the lab then runs JMH once per value, so one run can compare them.
     */
    public record Choice(String value, String label, List<String> jvmArgs) {

        public Choice {
            jvmArgs = jvmArgs == null ? List.of() : List.copyOf(jvmArgs);
        }

        public Choice(String value, String label) {
            this(value, label, List.of());
        }
    }

    /** The JVM arguments of each value that has some, by value; empty for a param whose values have none. */
    public Map<String, List<String>> choiceJvmArgs() {
        Map<String, List<String>> byValue = new LinkedHashMap<>();
        if (choices != null) {
            choices.stream()
                    .filter(choice -> !choice.jvmArgs().isEmpty())
                    .forEach(choice -> byValue.put(choice.value(), choice.jvmArgs()));
        }
        return byValue;
    }

    public List<String> choiceValues() {
        return choices == null ? List.of() : choices.stream().map(Choice::value).toList();
    }

    /**
     * The value as JMH should receive it ({@code "2"}, not {@code "2.0"} or {@code " 2"}), or why it
     * is not allowed here.
     */
    public Checked check(String raw) {
        String value = raw == null ? "" : raw.strip();
        return switch (type) {
            case INT, LONG -> checkWhole(value);
            case DOUBLE -> checkDecimal(value);
            case CHOICE ->
                choiceValues().contains(value)
                        ? Checked.ok(value)
                        : Checked.problem("must be one of " + String.join(", ", choiceValues()));
        };
    }

    private Checked checkWhole(String value) {
        long number;
        try {
            number = Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            return Checked.problem("must be a whole number, not '" + abbreviate(value) + "'");
        }
        if (type == ParamType.INT && (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE)) {
            return Checked.problem("is too large");
        }
        return inBounds(number) ? Checked.ok(Long.toString(number)) : Checked.problem(boundsText());
    }

    private Checked checkDecimal(String value) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Checked.problem("must be a number, not '" + abbreviate(value) + "'");
        }
        if (!Double.isFinite(number)) {
            return Checked.problem("must be a finite number");
        }
        return inBounds(number) ? Checked.ok(Double.toString(number)) : Checked.problem(boundsText());
    }

    private boolean inBounds(double number) {
        return (min == null || number >= min) && (max == null || number <= max);
    }

    private String boundsText() {
        return "must be between " + plain(min) + " and " + plain(max);
    }

    private static String plain(Double bound) {
        if (bound == null) {
            return "unbounded";
        }
        return bound == Math.rint(bound) ? String.format("%,d", bound.longValue()) : bound.toString();
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    /** Either a canonical value or a problem, never both. */
    public record Checked(String value, String problem) {
        static Checked ok(String value) {
            return new Checked(value, null);
        }

        static Checked problem(String problem) {
            return new Checked(null, problem);
        }

        public boolean isOk() {
            return problem == null;
        }
    }
}
