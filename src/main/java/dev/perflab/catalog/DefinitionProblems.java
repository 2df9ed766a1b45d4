package dev.perflab.catalog;

import java.util.List;

/** The problems found in one definition, each prefixed with its id, and the checks all parts share. */
record DefinitionProblems(String where, List<String> problems) {

    void add(String problem) {
        problems.add(where + ": " + problem);
    }

    void checkValues(String what, ParamDefinition param, List<String> values) {
        for (String value : values) {
            var checked = param.check(value);
            if (!checked.isOk()) {
                add(what + " '" + value + "' " + checked.problem());
            }
        }
    }

    void requirePositive(String field, Double value) {
        if (value != null && !(value > 0)) {
            add(field + " must be above 0, not " + value);
        }
    }

    void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field + " is missing");
        }
    }
}
