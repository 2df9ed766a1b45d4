package dev.perflab.run;

import java.util.List;

/** One page of runs, newest first, and how many match the filter in all. */
public record RunHistory(List<RunSummary> runs, long total, int page, int pageSize) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
