package dev.perflab.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Everything wrong with a set of definitions, reported together so one build shows it all. */
final class DefinitionCheck {

    static final Set<String> CHART_KINDS = Set.of(
            "worker-count",
            "chunk-size",
            "memory",
            "size-sweep",
            "metric-sweep",
            "variants",
            "warmup",
            "waterfall",
            "timeline");
    /** The charts that can read x as a working-set size (xBytes, xPower) and mark caches on it. */
    static final Set<String> SIZE_CHART_KINDS = Set.of("size-sweep", "metric-sweep");

    static final Set<String> VERDICT_RULES =
            Set.of("scaling", "compare", "best", "amdahl", "growth", "each", "cache-levels", "warmup");
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
            new DefinitionCheck.One(definition, new DefinitionProblems(where, problems)).check(benchmarkClasses);
        }
        return problems;
    }

    private record One(ExperimentDefinition d, DefinitionProblems out) {

        void check(Set<String> benchmarkClasses) {
            var id = d.id() == null ? null : ID.matcher(d.id());
            if (id == null || !id.matches()) {
                out.add("id must look like ch09.pi-monte-carlo");
            } else if (Integer.parseInt(id.group(1)) != d.chapter()) {
                out.add("id says chapter " + id.group(1) + " but chapter is " + d.chapter());
            }
            if (d.chapter() < 1 || d.chapter() > 12) {
                out.add("chapter must be 1 to 12");
            }
            out.requireText("title", d.title());
            out.requireText("question", d.question());
            out.requireText("lesson", d.lesson());
            if (!benchmarkClasses.contains(d.benchmark())) {
                out.add("benchmark " + d.benchmark() + " is not in the jar's JMH benchmark list");
            }
            checkParams();
            checkJvmOptions();
            checkCharts();
            VerdictRuleCheck.check(d, out);
            checkProfiles();
        }

        private void checkParams() {
            Set<String> names = new HashSet<>();
            for (ParamDefinition param : d.params()) {
                if (param.name() == null || !NAME.matcher(param.name()).matches() || !names.add(param.name())) {
                    out.add("param name '" + param.name() + "' is missing, malformed or repeated");
                    continue;
                }
                if (param.type() == null) {
                    out.add("param " + param.name() + " has no type");
                    continue;
                }
                if (param.type() == ParamDefinition.ParamType.CHOICE
                        && param.choiceValues().isEmpty()) {
                    out.add("param " + param.name() + " is a choice without choices");
                }
                if (param.min() != null && param.max() != null && param.min() > param.max()) {
                    out.add("param " + param.name() + " has min above max");
                }
                if (param.defaults() == null || param.defaults().isEmpty()) {
                    out.add("param " + param.name() + " has no default");
                } else {
                    out.checkValues("default of " + param.name(), param, param.defaults());
                }
            }
        }

        private void checkJvmOptions() {
            Set<String> optionIds = new HashSet<>();
            for (var option : d.jvmOptions()) {
                if (option.id() == null || !OPTION_ID.matcher(option.id()).matches() || !optionIds.add(option.id())) {
                    out.add("JVM option id '" + option.id() + "' is missing, malformed or repeated");
                }
                if (option.args() == null || option.args().isEmpty()) {
                    out.add("JVM option " + option.id() + " has no args");
                } else {
                    option.args().stream()
                            .filter(arg -> !JVM_ARG.matcher(arg).matches())
                            .forEach(arg -> out.add("JVM option " + option.id() + " has a disallowed arg: " + arg));
                }
            }
            d.jvmArgs().stream()
                    .filter(arg -> arg == null || !JVM_ARG.matcher(arg).matches())
                    .forEach(arg -> out.add("jvmArgs has a disallowed arg: " + arg));
            checkChoiceJvmArgs();
        }

        /** At most one param's values may carry JVM arguments: the lab runs JMH once per value of it. */
        private void checkChoiceJvmArgs() {
            var carrying = d.params().stream()
                    .filter(param -> !param.choiceJvmArgs().isEmpty())
                    .toList();
            if (carrying.size() > 1) {
                out.add("only one param's choices may have jvmArgs, not "
                        + carrying.stream().map(ParamDefinition::name).toList());
            }
            carrying.forEach(param -> param.choiceJvmArgs()
                    .forEach((value, args) -> args.stream()
                            .filter(arg -> arg == null || !JVM_ARG.matcher(arg).matches())
                            .forEach(arg -> out.add("choice " + value + " of param " + param.name()
                                    + " has a disallowed jvmArgs arg: " + arg))));
        }

        private void checkCharts() {
            for (var chart : d.charts()) {
                if (!CHART_KINDS.contains(chart.kind())) {
                    out.add("chart kind '" + chart.kind() + "' is not one of " + CHART_KINDS);
                }
                for (String axis : new String[] {chart.x(), chart.series(), chart.perParam(), chart.amdahlParam()}) {
                    if (axis != null && d.param(axis).isEmpty()) {
                        out.add("chart " + chart.kind() + " names unknown param " + axis);
                    }
                }
                boolean needsX = !Set.of("memory", "variants", "warmup", "waterfall", "timeline")
                        .contains(chart.kind());
                if (needsX && chart.x() == null) {
                    out.add("chart " + chart.kind() + " needs x, the param along its x axis");
                }
                if ("metric-sweep".equals(chart.kind()) && chart.metric() == null) {
                    out.add("chart metric-sweep needs metric, the secondary result it draws");
                }
                if ("warmup".equals(chart.kind()) && chart.series() == null) {
                    out.add("chart warmup needs series, the param its lines stand for");
                } else if (!needsX && !"timeline".equals(chart.kind()) && chart.series() == null && chart.x() == null) {
                    out.add("chart " + chart.kind() + " needs series or x, the param its bars stand for");
                }
                if (chart.amdahlParam() != null && !"worker-count".equals(chart.kind())) {
                    out.add("chart " + chart.kind() + " has amdahlParam, which only a worker-count chart draws");
                }
                SerialFractionCheck.problem(d, chart.amdahlParam(), chart.x())
                        .ifPresent(problem -> out.add("chart " + chart.kind() + " amdahlParam: " + problem));
                boolean sizes = chart.xBytes() != null || chart.markCaches() != null || chart.xPower() != null;
                if (sizes && !SIZE_CHART_KINDS.contains(chart.kind())) {
                    out.add("chart " + chart.kind()
                            + " cannot have xBytes, xPower or markCaches: only size-sweep and metric-sweep draw sizes");
                }
                out.requirePositive("chart " + chart.kind() + " xBytes", chart.xBytes());
                out.requirePositive("chart " + chart.kind() + " xPower", chart.xPower());
            }
        }

        private void checkProfiles() {
            for (String required : REQUIRED_PROFILES) {
                if (!d.profiles().containsKey(required)) {
                    out.add("profile " + required + " is missing");
                }
            }
            d.profiles().forEach((name, profile) -> {
                if (profile.forks() < 1 || profile.measurementIterations() < 1 || profile.warmupIterations() < 0) {
                    out.add("profile " + name + " needs forks >= 1, measurementIterations >= 1, warmupIterations >= 0");
                }
                if (profile.profiler() != null && !ExperimentDefinition.PROFILERS.contains(profile.profiler())) {
                    out.add("profile " + name + " has profiler " + profile.profiler() + ", not one of "
                            + ExperimentDefinition.PROFILERS);
                }
                if (profile.iterationMillis() < 10) {
                    out.add("profile " + name + " has iterationMillis below 10");
                }
                if (profile.params() != null) {
                    profile.params()
                            .forEach((param, values) -> d.param(param)
                                    .ifPresentOrElse(
                                            p -> out.checkValues("profile " + name + " value of " + param, p, values),
                                            () -> out.add("profile " + name + " sets unknown param " + param)));
                }
            });
        }
    }
}
