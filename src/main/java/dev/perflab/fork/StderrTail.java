package dev.perflab.fork;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The last lines a process wrote to stderr: what a failure report shows. A line repeated in a row
 * is kept once with its count, so a deep stack trace cannot push the exception's name out. The
 * JDK's warning that JMH calls sun.misc.Unsafe, four lines from every JVM of a run, is left out:
 * it says nothing about any failure and pushed the line that did out of view.
 */
public final class StderrTail {

    private record Line(String text, int repeats) {}

    private static final Predicate<String> UNSAFE_WARNING = Pattern.compile(
                    "WARNING: (A terminally deprecated method in sun\\.misc\\.Unsafe has been called"
                            + "|sun\\.misc\\.Unsafe::\\w+ (has been called by|will be removed in a future release).*"
                            + "|Please consider reporting this to the maintainers of .*)")
            .asMatchPredicate();

    private final int capacity;
    private final ArrayDeque<Line> lines = new ArrayDeque<>();

    public StderrTail(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void add(String text) {
        if (UNSAFE_WARNING.test(text)) {
            return;
        }
        Line last = lines.peekLast();
        if (last != null && last.text().equals(text)) {
            lines.removeLast();
            lines.addLast(new Line(text, last.repeats() + 1));
            return;
        }
        if (lines.size() == capacity) {
            lines.removeFirst();
        }
        lines.addLast(new Line(text, 1));
    }

    public synchronized List<String> lines() {
        return lines.stream()
                .map(line -> line.repeats() == 1
                        ? line.text()
                        : line.text() + "   (this line " + line.repeats() + " times in a row)")
                .toList();
    }
}
