package dev.perflab.web;

import dev.perflab.catalog.Catalog;
import dev.perflab.catalog.ExperimentDefinition;
import dev.perflab.run.RunArchive;
import dev.perflab.run.RunStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** Recent runs, newest first, filtered by experiment and status, a page at a time. */
@Controller
class HistoryPage {

    static final int PAGE_SIZE = 25;

    private final RunArchive archive;
    private final Catalog catalog;

    HistoryPage(RunArchive archive, Catalog catalog) {
        this.archive = archive;
        this.catalog = catalog;
    }

    @GetMapping("/runs")
    Mono<String> history(
            @RequestParam(required = false) String experiment,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") String page,
            Model model) {
        String experimentFilter = experiment == null || experiment.isBlank() ? null : experiment.strip();
        RunStatus statusFilter = statusOf(status);
        int pageNumber = pageOf(page);
        Map<String, String> titles =
                catalog.all().stream().collect(Collectors.toMap(ExperimentDefinition::id, ExperimentDefinition::title));
        model.addAttribute("experiments", catalog.all());
        model.addAttribute("titles", titles);
        model.addAttribute(
                "statuses", Arrays.stream(RunStatus.values()).map(Enum::name).toList());
        model.addAttribute("experimentFilter", experimentFilter);
        model.addAttribute("statusFilter", statusFilter == null ? null : statusFilter.name());
        var problems = new ArrayList<String>();
        if (experimentFilter != null && !titles.containsKey(experimentFilter)) {
            problems.add("There is no experiment '" + experimentFilter + "' in the catalog.");
        }
        if (status != null && !status.isBlank() && statusFilter == null) {
            problems.add("There is no status '" + status + "': showing runs of every status.");
        }
        model.addAttribute("filterProblem", problems.isEmpty() ? null : String.join(" ", problems));
        return archive.history(experimentFilter, statusFilter, pageNumber, PAGE_SIZE)
                .map(history -> {
                    model.addAttribute("history", history);
                    return "runs";
                });
    }

    private static RunStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(RunStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(status.strip()))
                .findFirst()
                .orElse(null);
    }

    private static int pageOf(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
