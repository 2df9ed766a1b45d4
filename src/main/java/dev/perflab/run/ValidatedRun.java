package dev.perflab.run;

import dev.perflab.catalog.ExperimentDefinition;
import java.util.List;
import java.util.Map;

/** A request that passed every check: the full params grid (name → values), options and plan. */
record ValidatedRun(
        ExperimentDefinition experiment, Map<String, List<String>> params, RunOptions options, RunPlan plan) {}
