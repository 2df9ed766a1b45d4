package dev.perflab.experiments.ch11.footprint;

import java.util.ArrayList;

/**
 * N whole numbers held one way. {@link #sum()} is what the benchmark times; {@link #structure()} is
 * what the footprint is measured on: the array or list alone, without this wrapper.
 */
sealed interface Numbers {

    long sum();

    Object structure();

    static Numbers of(Holding holding, Element element, int n) {
        Values values = holding.values;
        return switch (element) {
            case INT ->
                switch (holding) {
                    case PRIMITIVE_ARRAY -> IntArray.of(values, n);
                    case BOXED_ARRAY_CACHED, BOXED_ARRAY_DISTINCT -> IntegerArray.of(values, n);
                    case ARRAY_LIST -> IntegerList.of(values, n);
                    case PRIMITIVE_LIST -> IntPrimitiveList.of(values, n);
                };
            case LONG ->
                switch (holding) {
                    case PRIMITIVE_ARRAY -> LongArray.of(values, n);
                    case BOXED_ARRAY_CACHED, BOXED_ARRAY_DISTINCT -> LongBoxArray.of(values, n);
                    case ARRAY_LIST -> LongBoxList.of(values, n);
                    case PRIMITIVE_LIST -> LongPrimitiveList.of(values, n);
                };
        };
    }

    record IntArray(int[] numbers) implements Numbers {
        static IntArray of(Values values, int n) {
            int[] numbers = new int[n];
            for (int i = 0; i < n; i++) {
                numbers[i] = values.at(i);
            }
            return new IntArray(numbers);
        }

        @Override
        public long sum() {
            long total = 0;
            for (int number : numbers) {
                total += number;
            }
            return total;
        }

        @Override
        public Object structure() {
            return numbers;
        }
    }

    record LongArray(long[] numbers) implements Numbers {
        static LongArray of(Values values, int n) {
            long[] numbers = new long[n];
            for (int i = 0; i < n; i++) {
                numbers[i] = values.at(i);
            }
            return new LongArray(numbers);
        }

        @Override
        public long sum() {
            long total = 0;
            for (long number : numbers) {
                total += number;
            }
            return total;
        }

        @Override
        public Object structure() {
            return numbers;
        }
    }

    /** Boxed by autoboxing ({@code Integer.valueOf}), so small values come from the JDK's cache. */
    record IntegerArray(Integer[] numbers) implements Numbers {
        static IntegerArray of(Values values, int n) {
            Integer[] numbers = new Integer[n];
            for (int i = 0; i < n; i++) {
                numbers[i] = values.at(i);
            }
            return new IntegerArray(numbers);
        }

        @Override
        public long sum() {
            long total = 0;
            for (Integer number : numbers) {
                total += number;
            }
            return total;
        }

        @Override
        public Object structure() {
            return numbers;
        }
    }

    record LongBoxArray(Long[] numbers) implements Numbers {
        static LongBoxArray of(Values values, int n) {
            Long[] numbers = new Long[n];
            for (int i = 0; i < n; i++) {
                numbers[i] = (long) values.at(i);
            }
            return new LongBoxArray(numbers);
        }

        @Override
        public long sum() {
            long total = 0;
            for (Long number : numbers) {
                total += number;
            }
            return total;
        }

        @Override
        public Object structure() {
            return numbers;
        }
    }

    /** Not presized: its spare capacity after growing is part of what a list costs. */
    record IntegerList(ArrayList<Integer> numbers) implements Numbers {
        static IntegerList of(Values values, int n) {
            ArrayList<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                numbers.add(values.at(i));
            }
            return new IntegerList(numbers);
        }

        @Override
        public long sum() {
            long total = 0;
            for (Integer number : numbers) {
                total += number;
            }
            return total;
        }

        @Override
        public Object structure() {
            return numbers;
        }
    }

    record LongBoxList(ArrayList<Long> numbers) implements Numbers {
        static LongBoxList of(Values values, int n) {
            ArrayList<Long> numbers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                numbers.add((long) values.at(i));
            }
            return new LongBoxList(numbers);
        }

        @Override
        public long sum() {
            long total = 0;
            for (Long number : numbers) {
                total += number;
            }
            return total;
        }

        @Override
        public Object structure() {
            return numbers;
        }
    }

    /** Not presized either: it keeps spare slots as the {@code ArrayList} does, of 4 or 8 bytes. */
    record IntPrimitiveList(PrimitiveLists.IntList numbers) implements Numbers {
        static IntPrimitiveList of(Values values, int n) {
            PrimitiveLists.IntList numbers = new PrimitiveLists.IntList();
            for (int i = 0; i < n; i++) {
                numbers.add(values.at(i));
            }
            return new IntPrimitiveList(numbers);
        }

        @Override
        public long sum() {
            return numbers.sum();
        }

        @Override
        public Object structure() {
            return numbers;
        }
    }

    record LongPrimitiveList(PrimitiveLists.LongList numbers) implements Numbers {
        static LongPrimitiveList of(Values values, int n) {
            PrimitiveLists.LongList numbers = new PrimitiveLists.LongList();
            for (int i = 0; i < n; i++) {
                numbers.add(values.at(i));
            }
            return new LongPrimitiveList(numbers);
        }

        @Override
        public long sum() {
            return numbers.sum();
        }

        @Override
        public Object structure() {
            return numbers;
        }
    }
}
