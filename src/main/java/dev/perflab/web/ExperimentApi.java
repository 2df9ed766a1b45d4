package dev.perflab.web;

import dev.perflab.catalog.Catalog;
import dev.perflab.catalog.ExperimentDefinition;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/experiments")
class ExperimentApi {

    private final Catalog catalog;

    ExperimentApi(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<ExperimentView> list() {
        return catalog.all().stream().map(ExperimentView::of).toList();
    }

    @GetMapping("/{id}")
    ExperimentView one(@PathVariable String id) {
        return catalog.find(id)
                .map(ExperimentView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no experiment " + id));
    }

    /** A definition as the API shows it: everything but the README text. */
    record ExperimentView(
            String id,
            int chapter,
            String title,
            String question,
            String lesson,
            String variantsIntro,
            String benchmark,
            List<dev.perflab.catalog.ParamDefinition> params,
            List<ExperimentDefinition.JvmOption> jvmOptions,
            List<ExperimentDefinition.ChartDefinition> charts,
            java.util.Map<String, String> book,
            java.util.Map<String, ExperimentDefinition.RunProfile> profiles,
            List<ExperimentDefinition.VerdictRule> verdict) {

        static ExperimentView of(ExperimentDefinition d) {
            return new ExperimentView(
                    d.id(),
                    d.chapter(),
                    d.title(),
                    d.question(),
                    d.lesson(),
                    d.variantsIntro(),
                    d.benchmark(),
                    d.params(),
                    d.jvmOptions(),
                    d.charts(),
                    d.book(),
                    d.profiles(),
                    d.verdict());
        }
    }
}
