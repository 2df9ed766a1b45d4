package dev.perflab.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every experiment the benchmarks jar carries, read from the definitions in it. The server learns
 * what experiments exist only from here; it never names one.
 */
public final class Catalog {

    private final Map<String, ExperimentDefinition> byId;
    private final List<ExperimentDefinition> ordered;

    private Catalog(List<ExperimentDefinition> definitions) {
        this.ordered = definitions.stream()
                .sorted(Comparator.comparingInt(ExperimentDefinition::chapter).thenComparing(ExperimentDefinition::id))
                .toList();
        this.byId = ordered.stream().collect(Collectors.toMap(ExperimentDefinition::id, Function.identity()));
    }

    /**
     * @throws InvalidCatalogException listing every problem of every definition at once
     */
    public static Catalog load(Path benchmarksJar) {
        try {
            var source = DefinitionSource.read(benchmarksJar);
            var problems = DefinitionCheck.problems(source.definitions(), source.benchmarkClasses());
            if (!problems.isEmpty()) {
                throw new InvalidCatalogException(problems);
            }
            return new Catalog(source.definitions());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read experiment definitions from " + benchmarksJar, e);
        }
    }

    /** A catalog of definitions that were checked elsewhere, or are being tested. */
    public static Catalog of(List<ExperimentDefinition> definitions) {
        return new Catalog(definitions);
    }

    public List<ExperimentDefinition> all() {
        return ordered;
    }

    public Optional<ExperimentDefinition> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    public static final class InvalidCatalogException extends RuntimeException {
        private final List<String> problems;

        InvalidCatalogException(List<String> problems) {
            super("Invalid experiment definitions:\n  " + String.join("\n  ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
