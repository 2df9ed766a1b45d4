package dev.perflab.web;

import dev.perflab.catalog.Catalog;
import dev.perflab.catalog.ExperimentDefinition;
import dev.perflab.run.RunArchive;
import dev.perflab.run.RunRequest;
import dev.perflab.run.RunService;
import dev.perflab.run.RunSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Mono;

@Controller
class CatalogPage {

    private final Catalog catalog;
    private final RunArchive archive;
    private final Map<String, Long> typicalMillis;

    CatalogPage(Catalog catalog, RunService runs, RunArchive archive) {
        this.catalog = catalog;
        this.archive = archive;
        this.typicalMillis = typicalRunMillis(catalog, runs);
    }

    /** An experiment as the catalog lists it: what its default run costs, and its newest run. */
    record Entry(ExperimentDefinition experiment, Long typicalMillis, RunSummary latest) {}

    record ChapterView(BookChapters.Chapter chapter, List<Entry> experiments) {}

    @GetMapping("/")
    Mono<String> catalog(Model model) {
        return archive.latestByExperiment().map(latest -> {
            model.addAttribute(
                    "chapters",
                    BookChapters.ALL.stream()
                            .map(chapter -> new ChapterView(
                                    chapter,
                                    catalog.all().stream()
                                            .filter(experiment -> experiment.chapter() == chapter.number())
                                            .map(e -> new Entry(e, typicalMillis.get(e.id()), latest.get(e.id())))
                                            .toList()))
                            .toList());
            return "catalog";
        });
    }

    /**
     * The predicted duration of each experiment's standard run with its default params. The
     * catalog and the prediction's rules are fixed while the lab runs, so this is worked out once.
     */
    private static Map<String, Long> typicalRunMillis(Catalog catalog, RunService runs) {
        Map<String, Long> typical = new HashMap<>();
        for (ExperimentDefinition experiment : catalog.all()) {
            runs.plan(new RunRequest(experiment.id(), Map.of(), Map.of()))
                    .ifPresent(plan -> typical.put(experiment.id(), plan.predictedMillis()));
        }
        return Map.copyOf(typical);
    }
}
