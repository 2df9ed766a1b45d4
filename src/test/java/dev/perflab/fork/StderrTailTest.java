package dev.perflab.fork;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StderrTailTest {

    @Test
    void keepsTheLastLinesOnly() {
        var tail = new StderrTail(2);
        tail.add("a");
        tail.add("b");
        tail.add("c");
        assertThat(tail.lines()).containsExactly("b", "c");
    }

    @Test
    void keepsAnExceptionNameAboveAThousandIdenticalFrames() {
        var tail = new StderrTail(3);
        tail.add("java.lang.StackOverflowError");
        for (int i = 0; i < 1000; i++) {
            tail.add("\tat a.B.recurse(B.java:67)");
        }
        assertThat(tail.lines())
                .containsExactly(
                        "java.lang.StackOverflowError",
                        "\tat a.B.recurse(B.java:67)   (this line 1000 times in a row)");
    }

    /** As a JVM started with two garbage collectors wrote it, after JMH's host JVM had warned. */
    @Test
    void leavesOutTheJdksUnsafeWarningAndKeepsTheError() {
        var tail = new StderrTail(3);
        tail.add("WARNING: A terminally deprecated method in sun.misc.Unsafe has been called");
        tail.add("WARNING: sun.misc.Unsafe::objectFieldOffset has been called by org.openjdk.jmh.util.Utils"
                + " (file:/lab/perflab-benchmarks.jar)");
        tail.add("WARNING: Please consider reporting this to the maintainers of class org.openjdk.jmh.util.Utils");
        tail.add("WARNING: sun.misc.Unsafe::objectFieldOffset will be removed in a future release");
        tail.add("Error occurred during initialization of VM");
        tail.add("Multiple garbage collectors selected");
        tail.add("WARNING: the lab's own warning stays");
        assertThat(tail.lines())
                .containsExactly(
                        "Error occurred during initialization of VM",
                        "Multiple garbage collectors selected",
                        "WARNING: the lab's own warning stays");
    }
}
