package dev.perflab.experiments.ch03.growth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ways to put N items into a list, the values of the {@code variant} param. Each builds its
 * structure from the same items: references to existing {@code Integer}s for the lists, the same
 * numbers as ints for the {@link IntList}, so that no variant pays for boxing while it appends.
 */
enum Growth {
    /** {@code new ArrayList<>()} and N {@code add}s: 10 slots, then 1.5× whenever full. */
    ARRAY_LIST("array-list") {
        @Override
        Object build(Items items) {
            return appendAll(new ArrayList<>(), items.boxes());
        }
    },
    /** {@code new ArrayList<>(N)} and N {@code add}s: one array of exactly N slots, never copied. */
    ARRAY_LIST_PRESIZED("array-list-presized") {
        @Override
        Object build(Items items) {
            return appendAll(new ArrayList<>(items.size()), items.boxes());
        }
    },
    /** {@link IntList}: ints in an {@code int[]} that doubles when full. */
    INT_ARRAY_DOUBLING("int-array-doubling") {
        @Override
        Object build(Items items) {
            IntList list = new IntList();
            for (int value : items.ints()) {
                list.add(value);
            }
            return list;
        }
    },
    /** A stream of the items, {@code collect(Collectors.toList())}: an ArrayList grown by add. */
    STREAM_COLLECT("stream-collect") {
        @Override
        Object build(Items items) {
            return Arrays.stream(items.boxes()).collect(Collectors.toList());
        }
    },
    /** A stream of the items, {@code toList()}: the stream knows its size and fills one exact array. */
    STREAM_TO_LIST("stream-to-list") {
        @Override
        Object build(Items items) {
            return Arrays.stream(items.boxes()).toList();
        }
    };

    final String id;

    Growth(String id) {
        this.id = id;
    }

    /** The structure holding every item, in order. */
    abstract Object build(Items items);

    /** Whether the variant appends ints rather than references to boxes. */
    boolean appendsInts() {
        return this == INT_ARRAY_DOUBLING;
    }

    private static List<Integer> appendAll(List<Integer> list, Integer[] boxes) {
        for (Integer box : boxes) {
            list.add(box);
        }
        return list;
    }

    static Growth of(String id) {
        for (Growth growth : values()) {
            if (growth.id.equals(id)) {
                return growth;
            }
        }
        throw new IllegalArgumentException("unknown variant " + id);
    }
}
