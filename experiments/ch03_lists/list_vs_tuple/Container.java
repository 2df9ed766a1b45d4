package dev.perflab.experiments.ch03.tuple;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways to hold four small ints together, the values of the {@code variant} param: each creates
 * its container of {@code first, first + 1, first + 2, first + 3} and returns the sum of the four,
 * read back by position as a tuple's fields are. Returning only the sum lets the container die
 * inside the call, which is what allows the JIT's escape analysis to leave it unallocated.
 *
 * <p>The two {@code ArrayList} variants repeat their four {@code add}s on purpose. With the adds in
 * one shared helper, C2 compiled the helper on its own, then found it too big to inline ("already
 * compiled into a big method"): the list escaped into that call and was allocated on every call,
 * even with escape analysis on. Each variant is written as a caller would write it.
 *
 * <p>The values stay within -128..127, so boxing them takes a shared {@code Integer} from the JDK's
 * cache and allocates nothing: the bytes a variant allocates are its container's alone.
 */
enum Container {
    /** {@code new ArrayList<>()} and four {@code add}s: the first add allocates a 10-slot array. */
    ARRAY_LIST("array-list") {
        @Override
        int sumOfNew(int first) {
            List<Integer> list = new ArrayList<>();
            list.add(first);
            list.add(first + 1);
            list.add(first + 2);
            list.add(first + 3);
            return sumByPosition(list);
        }
    },
    /** {@code new ArrayList<>(4)} and four {@code add}s: sized, so it never grows. */
    ARRAY_LIST_SIZED("array-list-sized") {
        @Override
        int sumOfNew(int first) {
            List<Integer> list = new ArrayList<>(SIZE);
            list.add(first);
            list.add(first + 1);
            list.add(first + 2);
            list.add(first + 3);
            return sumByPosition(list);
        }
    },
    /** {@code List.of(a, b, c, d)}: an immutable list over an exactly sized array. */
    LIST_OF("list-of") {
        @Override
        int sumOfNew(int first) {
            return sumByPosition(List.of(first, first + 1, first + 2, first + 3));
        }
    },
    /** A record of four {@code int} fields, no boxes and no array. */
    RECORD("record") {
        @Override
        int sumOfNew(int first) {
            Quad quad = new Quad(first, first + 1, first + 2, first + 3);
            return quad.first() + quad.second() + quad.third() + quad.fourth();
        }
    },
    /** {@code new int[] {a, b, c, d}}: four ints in one small array. */
    ARRAY("array") {
        @Override
        int sumOfNew(int first) {
            int[] array = {first, first + 1, first + 2, first + 3};
            return array[0] + array[1] + array[2] + array[3];
        }
    };

    /** How many values each container holds. */
    static final int SIZE = 4;

    /** The largest first value whose four values all come from the JDK's box cache (up to 127). */
    static final int MAX_FIRST = 127 - (SIZE - 1);

    final String id;

    Container(String id) {
        this.id = id;
    }

    /** Creates this container of four values counting up from {@code first} and sums them back. */
    abstract int sumOfNew(int first);

    /** What every variant must return for {@code first}: four consecutive ints added up. */
    static int expectedSum(int first) {
        return SIZE * first + SIZE * (SIZE - 1) / 2;
    }

    static Container of(String id) {
        for (Container container : values()) {
            if (container.id.equals(id)) {
                return container;
            }
        }
        throw new IllegalArgumentException("unknown variant " + id);
    }

    private static int sumByPosition(List<Integer> list) {
        return list.get(0) + list.get(1) + list.get(2) + list.get(3);
    }
}
