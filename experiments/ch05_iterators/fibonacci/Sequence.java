package dev.perflab.experiments.ch05.fibonacci;

import java.math.BigInteger;
import java.util.Iterator;

/**
 * How the numbers reach the code that uses them, the value of the {@code variant} param. Ids are
 * permanent, like the experiment's id.
 */
enum Sequence {
    /** Every number made and stored in a list first, then the list is read. */
    EAGER("eager"),
    /** Each number made when the reader asks for the next one. */
    LAZY("lazy");

    final String id;

    Sequence(String id) {
        this.id = id;
    }

    /** The first {@code n} Fibonacci numbers, for reading once. */
    Iterator<BigInteger> numbers(int n) {
        return switch (this) {
            case EAGER -> FibonacciNumbers.listOf(n).iterator();
            case LAZY -> new FibonacciNumbers(n);
        };
    }

    static Sequence of(String id) {
        for (Sequence sequence : values()) {
            if (sequence.id.equals(id)) {
                return sequence;
            }
        }
        throw new IllegalArgumentException("unknown variant " + id);
    }
}
