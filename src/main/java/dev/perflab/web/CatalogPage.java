package dev.perflab.web;

import dev.perflab.catalog.Catalog;
import dev.perflab.catalog.ExperimentDefinition;
import dev.perflab.run.RunArchive;
import dev.perflab.run.RunRequest;
import dev.perflab.run.RunService;
import dev.perflab.run.RunSummary;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Controller
class CatalogPage {

    private final Catalog catalog;
    private final RunService runs;
    private final RunArchive archive;

    CatalogPage(Catalog catalog, RunService runs, RunArchive archive) {
        this.catalog = catalog;
        this.runs = runs;
        this.archive = archive;
    }

    /** An experiment as the catalog lists it: what its default run costs, and its newest run. */
    record Entry(ExperimentDefinition experiment, Long typicalMillis, RunSummary latest) {}

    record ChapterView(BookChapters.Chapter chapter, List<Entry> experiments) {}

    @GetMapping("/")
    Mono<String> catalog(Model model) {
        return archive.latestByExperiment().zipWith(typicalRunMillis()).map(loaded -> {
            Map<String, RunSummary> latest = loaded.getT1();
            Map<String, Long> typical = loaded.getT2();
            model.addAttribute(
                    "chapters",
                    BookChapters.ALL.stream()
                            .map(chapter -> new ChapterView(
                                    chapter,
                                    catalog.all().stream()
                                            .filter(experiment -> experiment.chapter() == chapter.number())
                                            .map(e -> new Entry(e, typical.get(e.id()), latest.get(e.id())))
                                            .toList()))
                            .toList());
            return "catalog";
        });
    }

    /** The predicted duration of each experiment's standard run with its default params. */
    private Mono<Map<String, Long>> typicalRunMillis() {
        return Flux.fromIterable(catalog.all())
                .concatMap(experiment -> runs.preview(new RunRequest(experiment.id(), Map.of(), Map.of()))
                        .filter(preview -> preview.plan() != null)
                        .map(preview ->
                                Map.entry(experiment.id(), preview.plan().predictedMillis())))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }
}
