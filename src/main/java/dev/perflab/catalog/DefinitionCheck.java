package dev.perflab.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Everything wrong with a set of definitions, reported together so one build shows it all. */
final class DefinitionCheck {

    static final Set<String> CHART_KINDS =
            Set.of("worker-count", "chunk-size", "memory", "size-sweep", "metric-sweep", "variants");
    static final Set<String> VERDICT_RULES =
            Set.of("scaling", "compare", "best", "amdahl", "growth", "each", "cache-levels");
    static final Set<String> REQUIRED_PROFILES = Set.of("smoke", "standard");

    private static final Pattern ID = Pattern.compile("ch(\\d\\d)\\.[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
    private static final Pattern OPTION_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** JVM flags a definition may allow: HotSpot -X/-XX flags and module additions, nothing else. */
    private static final Pattern JVM_ARG =
            Pattern.compile("-XX:[+-]?[A-Za-z0-9]+(=[A-Za-z0-9.,:_-]+)?|-X[a-z]+[0-9a-z]*"
                    + "|--add-modules=[a-z.]+|-D[a-z][a-zA-Z0-9.]*=[a-zA-Z0-9.,_-]*");

    private DefinitionCheck() {}

    static List<String> problems(List<ExperimentDefinition> definitions, Set<String> benchmarkClasses) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ExperimentDefinition definition : definitions) {
            String where = definition.id() == null ? "(no id)" : definition.id();
            if (!ids.add(where)) {
                problems.add(where + ": id is used twice");
            }
            new DefinitionCheck.One(definition, where, problems).check(benchmarkClasses);
        }
        return problems;
    }

    private record One(ExperimentDefinition d, String where, List<String> problems) {

        void check(Set<String> benchmarkClasses) {
            var id = d.id() == null ? null : ID.matcher(d.id());
            if (id == null || !id.matches()) {
                add("id must look like ch09.pi-monte-carlo");
            } else if (Integer.parseInt(id.group(1)) != d.chapter()) {
                add("id says chapter " + id.group(1) + " but chapter is " + d.chapter());
            }
            if (d.chapter() < 1 || d.chapter() > 12) {
                add("chapter must be 1 to 12");
            }
            requireText("title", d.title());
            requireText("question", d.question());
            requireText("lesson", d.lesson());
            if (!benchmarkClasses.contains(d.benchmark())) {
                add("benchmark " + d.benchmark() + " is not in the jar's JMH benchmark list");
            }
            checkParams();
            checkJvmOptions();
            checkCharts();
            checkVerdict();
            checkProfiles();
        }

        private void checkParams() {
            Set<String> names = new HashSet<>();
            for (ParamDefinition param : d.params()) {
                if (param.name() == null || !NAME.matcher(param.name()).matches() || !names.add(param.name())) {
                    add("param name '" + param.name() + "' is missing, malformed or repeated");
                    continue;
                }
                if (param.type() == null) {
                    add("param " + param.name() + " has no type");
                    continue;
                }
                if (param.type() == ParamDefinition.ParamType.CHOICE
                        && param.choiceValues().isEmpty()) {
                    add("param " + param.name() + " is a choice without choices");
                }
                if (param.min() != null && param.max() != null && param.min() > param.max()) {
                    add("param " + param.name() + " has min above max");
                }
                if (param.defaults() == null || param.defaults().isEmpty()) {
                    add("param " + param.name() + " has no default");
                } else {
                    checkValues("default of " + param.name(), param, param.defaults());
                }
            }
        }

        private void checkJvmOptions() {
            Set<String> optionIds = new HashSet<>();
            for (var option : d.jvmOptions()) {
                if (option.id() == null || !OPTION_ID.matcher(option.id()).matches() || !optionIds.add(option.id())) {
                    add("JVM option id '" + option.id() + "' is missing, malformed or repeated");
                }
                if (option.args() == null || option.args().isEmpty()) {
                    add("JVM option " + option.id() + " has no args");
                } else {
                    option.args().stream()
                            .filter(arg -> !JVM_ARG.matcher(arg).matches())
                            .forEach(arg -> add("JVM option " + option.id() + " has a disallowed arg: " + arg));
                }
            }
            d.jvmArgs().stream()
                    .filter(arg -> arg == null || !JVM_ARG.matcher(arg).matches())
                    .forEach(arg -> add("jvmArgs has a disallowed arg: " + arg));
        }

        private void checkCharts() {
            for (var chart : d.charts()) {
                if (!CHART_KINDS.contains(chart.kind())) {
                    add("chart kind '" + chart.kind() + "' is not one of " + CHART_KINDS);
                }
                for (String axis : new String[] {chart.x(), chart.series(), chart.perParam(), chart.amdahlParam()}) {
                    if (axis != null && d.param(axis).isEmpty()) {
                        add("chart " + chart.kind() + " names unknown param " + axis);
                    }
                }
                boolean needsX = !"memory".equals(chart.kind()) && !"variants".equals(chart.kind());
                if (needsX && chart.x() == null) {
                    add("chart " + chart.kind() + " needs x, the param along its x axis");
                }
                if ("metric-sweep".equals(chart.kind()) && chart.metric() == null) {
                    add("chart metric-sweep needs metric, the secondary result it draws");
                }
                if (!needsX && chart.series() == null && chart.x() == null) {
                    add("chart " + chart.kind() + " needs series or x, the param its bars stand for");
                }
                if (chart.amdahlParam() != null && !"worker-count".equals(chart.kind())) {
                    add("chart " + chart.kind() + " has amdahlParam, which only a worker-count chart draws");
                }
                SerialFractionCheck.problem(d, chart.amdahlParam(), chart.x())
                        .ifPresent(problem -> add("chart " + chart.kind() + " amdahlParam: " + problem));
                if ((chart.xBytes() != null || chart.markCaches() != null) && !"size-sweep".equals(chart.kind())) {
                    add("chart " + chart.kind() + " cannot have xBytes or markCaches: only size-sweep draws sizes");
                }
                requirePositive("chart " + chart.kind() + " xBytes", chart.xBytes());
            }
        }

        private void checkVerdict() {
            for (var rule : d.verdict()) {
                String what = "verdict rule " + rule.rule();
                if (!VERDICT_RULES.contains(rule.rule())) {
                    add("verdict rule '" + rule.rule() + "' is not one of " + VERDICT_RULES);
                    continue;
                }
                requireText(what + " text", rule.text());
                for (String name : new String[] {rule.x(), rule.series(), rule.param()}) {
                    if (name != null && d.param(name).isEmpty()) {
                        add(what + " names unknown param " + name);
                    }
                }
                if ((rule.above() != null || rule.below() != null) && rule.otherwise() == null) {
                    add(what + " has an expectation but no otherwise text");
                }
                if (rule.beyondCores() != null && !"amdahl".equals(rule.rule())) {
                    add(what + " has beyondCores, which only the amdahl rule says");
                }
                if (rule.where() != null) {
                    rule.where()
                            .forEach((name, value) -> d.param(name)
                                    .ifPresentOrElse(
                                            p -> checkValues(what + " where " + name, p, List.of(value)),
                                            () -> add(what + " where names unknown param " + name)));
                }
                if (rule.jvmOptions() != null) {
                    rule.jvmOptions().stream()
                            .filter(option -> d.jvmOption(option).isEmpty())
                            .forEach(option ->
                                    add(what + " names JVM option " + option + ", not one the experiment allows"));
                }
                if (rule.xBytes() != null && !"cache-levels".equals(rule.rule())) {
                    add(what + " cannot have xBytes: only cache-levels reads sizes");
                }
                requirePositive(what + " xBytes", rule.xBytes());
                switch (rule.rule()) {
                    case "scaling", "best", "growth", "cache-levels" -> {
                        if (rule.x() == null) {
                            add(what + " needs x");
                        }
                    }
                    case "amdahl" -> {
                        if (rule.x() == null) {
                            add(what + " needs x");
                        }
                        if (rule.param() == null) {
                            add(what + " needs param, the param holding the serial fraction");
                        }
                        SerialFractionCheck.problem(d, rule.param(), rule.x())
                                .ifPresent(problem -> add(what + " param: " + problem));
                    }
                    case "compare" -> checkCompared(what, rule);
                    case "each" -> {}
                    default -> throw new IllegalStateException(rule.rule());
                }
            }
        }

        private void checkCompared(String what, ExperimentDefinition.VerdictRule rule) {
            var param = rule.param() == null ? null : d.param(rule.param()).orElse(null);
            if (param == null) {
                add(what + " needs param, the param whose two values it compares");
                return;
            }
            for (String value : new String[] {rule.baseline(), rule.other()}) {
                if (value == null || !param.check(value).isOk()) {
                    add(what + " compares '" + value + "', not a value of " + param.name());
                }
            }
        }

        private void checkProfiles() {
            for (String required : REQUIRED_PROFILES) {
                if (!d.profiles().containsKey(required)) {
                    add("profile " + required + " is missing");
                }
            }
            d.profiles().forEach((name, profile) -> {
                if (profile.forks() < 1 || profile.measurementIterations() < 1 || profile.warmupIterations() < 0) {
                    add("profile " + name + " needs forks >= 1, measurementIterations >= 1, warmupIterations >= 0");
                }
                if (profile.profiler() != null && !ExperimentDefinition.PROFILERS.contains(profile.profiler())) {
                    add("profile " + name + " has profiler " + profile.profiler() + ", not one of "
                            + ExperimentDefinition.PROFILERS);
                }
                if (profile.iterationMillis() < 10) {
                    add("profile " + name + " has iterationMillis below 10");
                }
                if (profile.params() != null) {
                    profile.params()
                            .forEach((param, values) -> d.param(param)
                                    .ifPresentOrElse(
                                            p -> checkValues("profile " + name + " value of " + param, p, values),
                                            () -> add("profile " + name + " sets unknown param " + param)));
                }
            });
        }

        private void checkValues(String what, ParamDefinition param, List<String> values) {
            for (String value : values) {
                var checked = param.check(value);
                if (!checked.isOk()) {
                    add(what + " '" + value + "' " + checked.problem());
                }
            }
        }

        private void requirePositive(String field, Double value) {
            if (value != null && !(value > 0)) {
                add(field + " must be above 0, not " + value);
            }
        }

        private void requireText(String field, String value) {
            if (value == null || value.isBlank()) {
                add(field + " is missing");
            }
        }

        private void add(String problem) {
            problems.add(where + ": " + problem);
        }
    }
}
