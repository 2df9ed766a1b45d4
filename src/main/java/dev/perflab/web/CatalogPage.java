package dev.perflab.web;

import dev.perflab.catalog.Catalog;
import dev.perflab.catalog.ExperimentDefinition;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CatalogPage {

    private final Catalog catalog;

    CatalogPage(Catalog catalog) {
        this.catalog = catalog;
    }

    record ChapterView(BookChapters.Chapter chapter, List<ExperimentDefinition> experiments) {}

    @GetMapping("/")
    String catalog(Model model) {
        model.addAttribute(
                "chapters",
                BookChapters.ALL.stream()
                        .map(chapter -> new ChapterView(
                                chapter,
                                catalog.all().stream()
                                        .filter(experiment -> experiment.chapter() == chapter.number())
                                        .toList()))
                        .toList());
        return "catalog";
    }
}
