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
}
