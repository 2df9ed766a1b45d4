package dev.perflab.experiments.ch09.locking;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** A counter that worker threads of one JVM increment together. */
sealed interface SharedCounter
        permits SharedCounter.Unsynchronized, SharedCounter.Synchronized, SharedCounter.Atomic, SharedCounter.Adder {

    void increment();

    long value();

    void reset();

    static SharedCounter of(CounterKind kind) {
        return switch (kind) {
            case UNSYNCHRONIZED -> new Unsynchronized();
            case SYNCHRONIZED -> new Synchronized();
            case ATOMIC_LONG -> new Atomic();
            case LONG_ADDER -> new Adder();
            case FILE_UNLOCKED, FILE_LOCKED -> throw new IllegalArgumentException(kind.id + " is counted by processes");
        };
    }

    /**
     * Volatile, so that every increment really reads and writes memory (a plain field's increments
     * the JIT may add up in a register and store once); yet a read and a write are two steps, and
     * another worker's write between them is lost.
     */
    final class Unsynchronized implements SharedCounter {
        private volatile long count;

        @Override
        @SuppressWarnings("NonAtomicVolatileUpdate") // the lost updates are what this variant shows
        public void increment() {
            count = count + 1;
        }

        @Override
        public long value() {
            return count;
        }

        @Override
        public void reset() {
            count = 0;
        }
    }

    final class Synchronized implements SharedCounter {
        private long count;

        @Override
        public synchronized void increment() {
            count++;
        }

        @Override
        public synchronized long value() {
            return count;
        }

        @Override
        public synchronized void reset() {
            count = 0;
        }
    }

    final class Atomic implements SharedCounter {
        private final AtomicLong count = new AtomicLong();

        @Override
        public void increment() {
            count.incrementAndGet();
        }

        @Override
        public long value() {
            return count.get();
        }

        @Override
        public void reset() {
            count.set(0);
        }
    }

    final class Adder implements SharedCounter {
        private final LongAdder count = new LongAdder();

        @Override
        public void increment() {
            count.increment();
        }

        @Override
        public long value() {
            return count.sum();
        }

        @Override
        public void reset() {
            count.reset();
        }
    }
}
