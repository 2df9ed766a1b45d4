package dev.perflab.experiments.ch03.growth;

import java.util.List;

/**
 * The N items appended: the numbers 0..N-1, as boxes made once before any timing (so appending to
 * a list stores a reference and allocates no box) or as ints. Only the form a variant needs is made.
 */
record Items(Integer[] boxes, int[] ints) {

    static Items of(int n, boolean asInts) {
        if (asInts) {
            int[] ints = new int[n];
            for (int i = 0; i < n; i++) {
                ints[i] = i;
            }
            return new Items(null, ints);
        }
        Integer[] boxes = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxes[i] = i;
        }
        return new Items(boxes, null);
    }

    int size() {
        return boxes != null ? boxes.length : ints.length;
    }

    /**
     * Why {@code structure} does not hold exactly these items in order, or null when it does. A
     * list must hold the very boxes, not equal ones.
     */
    String mismatchIn(Object structure) {
        return switch (structure) {
            case IntList list -> mismatchInInts(list);
            case List<?> list -> mismatchInBoxes(list);
            default -> "unexpected structure " + structure.getClass().getName();
        };
    }

    private String mismatchInInts(IntList list) {
        if (ints == null || list.size() != ints.length) {
            return "holds " + list.size() + " ints, expected " + size();
        }
        for (int i = 0; i < ints.length; i++) {
            if (list.get(i) != ints[i]) {
                return "int " + i + " is " + list.get(i) + ", expected " + ints[i];
            }
        }
        return null;
    }

    private String mismatchInBoxes(List<?> list) {
        if (boxes == null || list.size() != boxes.length) {
            return "holds " + list.size() + " items, expected " + size();
        }
        for (int i = 0; i < boxes.length; i++) {
            if (list.get(i) != boxes[i]) {
                return "item " + i + " is " + list.get(i) + ", not the box appended";
            }
        }
        return null;
    }
}
