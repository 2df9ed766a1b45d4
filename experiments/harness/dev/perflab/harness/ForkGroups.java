package dev.perflab.harness;

import dev.perflab.protocol.RunSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run cut into the JMH runs it needs. JMH gives every fork of one run the same JVM arguments, so
 * a run whose param values carry their own (a compiler tier: {@code -Xint} for one value,
 * {@code -XX:TieredStopAtLevel=1} for another) becomes one JMH run per value of that param, each
 * measuring only that value with the run's arguments followed by the value's. Any other run is
 * one JMH run, as it came.
 */
final class ForkGroups {

    private ForkGroups() {}

    static List<RunSpec> of(RunSpec spec) {
        if (spec.choiceJvmArgs().isEmpty()) {
            return List.of(spec);
        }
        if (spec.choiceJvmArgs().size() > 1) {
            throw new IllegalArgumentException("only one param's values may carry JVM arguments, not "
                    + spec.choiceJvmArgs().keySet());
        }
        var carrying = spec.choiceJvmArgs().entrySet().iterator().next();
        String param = carrying.getKey();
        List<RunSpec> groups = new ArrayList<>();
        for (String value : spec.params().getOrDefault(param, List.of())) {
            List<String> jvmArgs = new ArrayList<>(spec.jvmArgs());
            jvmArgs.addAll(carrying.getValue().getOrDefault(value, List.of()));
            Map<String, List<String>> params = new LinkedHashMap<>(spec.params());
            params.put(param, List.of(value));
            groups.add(new RunSpec(
                    spec.benchmark(),
                    params,
                    spec.forks(),
                    spec.warmupIterations(),
                    spec.measurementIterations(),
                    spec.iterationMillis(),
                    jvmArgs,
                    spec.profilers()));
        }
        return groups;
    }
}
