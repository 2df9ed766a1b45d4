package dev.perflab.experiments.ch04.lookupscope;

/**
 * A loop of {@link #CALLS} calls of the step, one method per way of reaching it, so that every
 * variant has its own call site (and the JIT its own profile of it). Each pass starts from
 * {@code seed} and returns the folded value, which must equal {@link #expected(long)}.
 */
final class HotLoop {

    /** Calls per pass: small enough that one pass under -Xint takes tens of microseconds. */
    static final int CALLS = 1_000;

    private final Access access;
    private final Polynomial polynomial = new Polynomial();
    private final Step lambda = (acc, i) -> acc * 31 + i;
    private final Step[] receivers;
    private int turn;

    HotLoop(Access access) {
        this.access = access;
        this.receivers = access.receivers();
    }

    /** One pass of {@link #CALLS} calls, the way {@code access} says. */
    long pass(long seed) {
        return switch (access) {
            case LOCAL -> local(seed);
            case FIELD -> field(seed);
            case STATIC -> staticCall(seed);
            case LAMBDA -> lambda(seed);
            case INTERFACE, INTERFACE_BIMORPHIC, INTERFACE_MEGAMORPHIC -> interfaceCall(seed);
        };
    }

    private long local(long seed) {
        Polynomial step = polynomial;
        long acc = seed;
        for (int i = 0; i < CALLS; i++) {
            acc = step.apply(acc, i);
        }
        return acc;
    }

    private long field(long seed) {
        long acc = seed;
        for (int i = 0; i < CALLS; i++) {
            acc = polynomial.apply(acc, i);
        }
        return acc;
    }

    private long staticCall(long seed) {
        long acc = seed;
        for (int i = 0; i < CALLS; i++) {
            acc = Step.polynomial(acc, i);
        }
        return acc;
    }

    private long lambda(long seed) {
        Step step = lambda;
        long acc = seed;
        for (int i = 0; i < CALLS; i++) {
            acc = step.apply(acc, i);
        }
        return acc;
    }

    /** The receiver changes between passes, never within one: the call site sees every class in turn. */
    private long interfaceCall(long seed) {
        Step step = receivers[turn++ & (receivers.length - 1)];
        long acc = seed;
        for (int i = 0; i < CALLS; i++) {
            acc = step.apply(acc, i);
        }
        return acc;
    }

    static long expected(long seed) {
        long acc = seed;
        for (int i = 0; i < CALLS; i++) {
            acc = acc * 31 + i;
        }
        return acc;
    }
}
