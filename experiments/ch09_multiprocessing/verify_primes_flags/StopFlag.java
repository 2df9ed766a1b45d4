package dev.perflab.experiments.ch09.verifyflags;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The "factor found" flag that worker threads of one JVM share: lowered before every verification,
 * raised by the worker that finds a factor, polled by the others.
 */
sealed interface StopFlag extends AutoCloseable permits StopFlag.None, StopFlag.Volatile, StopFlag.Locked, TcpFlag {

    /** What worker {@code worker} (0-based) polls and raises. */
    FactorSearch.Signal signalFor(int worker);

    void lower();

    @Override
    default void close() {}

    /** No flag: every worker searches its whole range unless it finds a factor itself. */
    final class None implements StopFlag, FactorSearch.Signal {
        @Override
        public FactorSearch.Signal signalFor(int worker) {
            return this;
        }

        @Override
        public boolean raised() {
            return false;
        }

        @Override
        public void raise() {}

        @Override
        public void lower() {}
    }

    /** A {@code volatile} field: a poll is a plain load the JIT may not hoist out of the loop. */
    final class Volatile implements StopFlag, FactorSearch.Signal {
        private volatile boolean raised;

        @Override
        public FactorSearch.Signal signalFor(int worker) {
            return this;
        }

        @Override
        public boolean raised() {
            return raised;
        }

        @Override
        public void raise() {
            raised = true;
        }

        @Override
        public void lower() {
            raised = false;
        }
    }

    /** A field read and written only under a lock: every poll takes and releases it. */
    final class Locked implements StopFlag, FactorSearch.Signal {
        private final ReentrantLock lock = new ReentrantLock();
        private boolean raised;

        @Override
        public FactorSearch.Signal signalFor(int worker) {
            return this;
        }

        @Override
        public boolean raised() {
            lock.lock();
            try {
                return raised;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void raise() {
            set(true);
        }

        @Override
        public void lower() {
            set(false);
        }

        private void set(boolean value) {
            lock.lock();
            try {
                raised = value;
            } finally {
                lock.unlock();
            }
        }
    }
}
