package dev.perflab.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The definitions, READMEs and JMH benchmark list inside a benchmarks jar. */
record DefinitionSource(List<ExperimentDefinition> definitions, Set<String> benchmarkClasses) {

    private static final String DEFINITION = "experiment.yaml";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static DefinitionSource read(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<ExperimentDefinition> definitions = new ArrayList<>();
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().startsWith("experiments/")
                        && entry.getName().endsWith("/" + DEFINITION)) {
                    definitions.add(parse(zip, entry));
                }
            }
            return new DefinitionSource(definitions, benchmarkClasses(zip));
        }
    }

    static ExperimentDefinition parse(String yaml, String readme) {
        ExperimentDefinition parsed = YAML.readValue(yaml, ExperimentDefinition.class);
        return new ExperimentDefinition(
                parsed.id(),
                parsed.chapter(),
                parsed.title(),
                parsed.question(),
                parsed.lesson(),
                parsed.variantsIntro(),
                parsed.benchmark(),
                nonNull(parsed.params()),
                nonNull(parsed.jvmOptions()),
                nonNull(parsed.jvmArgs()),
                nonNull(parsed.charts()),
                parsed.book() == null ? java.util.Map.of() : parsed.book(),
                parsed.profiles() == null ? java.util.Map.of() : parsed.profiles(),
                parsed.verdict(),
                readme);
    }

    private static ExperimentDefinition parse(ZipFile zip, ZipEntry definition) throws IOException {
        String folder = definition.getName().substring(0, definition.getName().length() - DEFINITION.length());
        ZipEntry readme = zip.getEntry(folder + "README.md");
        try {
            return parse(text(zip, definition), readme == null ? "" : text(zip, readme));
        } catch (RuntimeException e) {
            throw new Catalog.InvalidCatalogException(
                    List.of(definition.getName() + ": cannot be read: " + e.getMessage()));
        }
    }

    /** JMH's list: each line starts {@code JMH S <length> <benchmark class> ...}. */
    private static Set<String> benchmarkClasses(ZipFile zip) throws IOException {
        ZipEntry list = zip.getEntry("META-INF/BenchmarkList");
        Set<String> classes = new LinkedHashSet<>();
        if (list == null) {
            return classes;
        }
        for (String line : text(zip, list).split("\n")) {
            String[] fields = line.split(" ", 5);
            if (fields.length >= 4 && fields[0].equals("JMH") && fields[1].equals("S")) {
                classes.add(fields[3]);
            }
        }
        return classes;
    }

    private static String text(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
