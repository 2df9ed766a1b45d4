package dev.perflab.experiments.ch04.lookupscope;

/**
 * The small function every variant calls: one step of a polynomial hash, {@code acc · 31 + i}. The
 * classes below compute it with different instructions, so that a call site can see several
 * classes while every variant still gives the same answer.
 */
interface Step {

    long apply(long acc, int i);

    /** The step as a static method: a call with no receiver and nothing to look up at run time. */
    static long polynomial(long acc, int i) {
        return acc * 31 + i;
    }

    final class Multiply implements Step {
        @Override
        public long apply(long acc, int i) {
            return acc * 31 + i;
        }
    }

    final class Shift implements Step {
        @Override
        public long apply(long acc, int i) {
            return (acc << 5) - acc + i;
        }
    }

    final class AddFirst implements Step {
        @Override
        public long apply(long acc, int i) {
            return i + 31 * acc;
        }
    }

    final class SubtractLast implements Step {
        @Override
        public long apply(long acc, int i) {
            return acc * 32 - acc + i;
        }
    }
}
