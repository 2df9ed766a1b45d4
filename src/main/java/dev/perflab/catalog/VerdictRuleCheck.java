package dev.perflab.catalog;

import java.util.List;

/** What can be wrong with a definition's verdict rules: names, fields each rule reads, values. */
final class VerdictRuleCheck {

    private VerdictRuleCheck() {}

    static void check(ExperimentDefinition d, DefinitionProblems out) {
        for (var rule : d.verdict()) {
            String what = "verdict rule " + rule.rule();
            if (!DefinitionCheck.VERDICT_RULES.contains(rule.rule())) {
                out.add("verdict rule '" + rule.rule() + "' is not one of " + DefinitionCheck.VERDICT_RULES);
                continue;
            }
            out.requireText(what + " text", rule.text());
            for (String name : new String[] {rule.x(), rule.series(), rule.param()}) {
                if (name != null && d.param(name).isEmpty()) {
                    out.add(what + " names unknown param " + name);
                }
            }
            if ((rule.above() != null || rule.below() != null) && rule.otherwise() == null) {
                out.add(what + " has an expectation but no otherwise text");
            }
            if (rule.beyondCores() != null && !"amdahl".equals(rule.rule())) {
                out.add(what + " has beyondCores, which only the amdahl rule says");
            }
            if (rule.where() != null) {
                rule.where()
                        .forEach((name, value) -> d.param(name)
                                .ifPresentOrElse(
                                        p -> out.checkValues(what + " where " + name, p, List.of(value)),
                                        () -> out.add(what + " where names unknown param " + name)));
            }
            if (rule.jvmOptions() != null) {
                rule.jvmOptions().stream()
                        .filter(option -> d.jvmOption(option).isEmpty())
                        .forEach(option ->
                                out.add(what + " names JVM option " + option + ", not one the experiment allows"));
            }
            if (rule.xBytes() != null && !"cache-levels".equals(rule.rule())) {
                out.add(what + " cannot have xBytes: only cache-levels reads sizes");
            }
            out.requirePositive(what + " xBytes", rule.xBytes());
            switch (rule.rule()) {
                case "scaling", "best", "growth", "cache-levels" -> {
                    if (rule.x() == null) {
                        out.add(what + " needs x");
                    }
                }
                case "amdahl" -> {
                    if (rule.x() == null) {
                        out.add(what + " needs x");
                    }
                    if (rule.param() == null) {
                        out.add(what + " needs param, the param holding the serial fraction");
                    }
                    SerialFractionCheck.problem(d, rule.param(), rule.x())
                            .ifPresent(problem -> out.add(what + " param: " + problem));
                }
                case "compare" -> checkCompared(d, out, what, rule);
                case "each", "warmup" -> {}
                default -> throw new IllegalStateException(rule.rule());
            }
        }
    }

    private static void checkCompared(
            ExperimentDefinition d, DefinitionProblems out, String what, ExperimentDefinition.VerdictRule rule) {
        var param = rule.param() == null ? null : d.param(rule.param()).orElse(null);
        if (param == null) {
            out.add(what + " needs param, the param whose two values it compares");
            return;
        }
        for (String value : new String[] {rule.baseline(), rule.other()}) {
            if (value == null || !param.check(value).isOk()) {
                out.add(what + " compares '" + value + "', not a value of " + param.name());
            }
        }
    }
}
