package dev.perflab.experiments.ch09.verifyflags;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Carries the CPU time per verification to the run's results as the secondary result
 * {@code cpuMillis}: the CPU time of the Java threads of every process involved (the measuring JVM, and the worker
 * JVMs for mmap), averaged over the verifications of an iteration, in milliseconds.
 *
 * <p>JMH 1.37 zeroes an {@code EVENTS} counter at the start of every iteration and adds the values
 * of all measurement iterations of all forks to make the result. So an iteration reports its mean ÷
 * (forks × measurement iterations), and the result is the mean of the iterations' means.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class VerifyCounters {

    /** CPU milliseconds per verification, as a share of the run's result (see the class comment). */
    public double cpuMillis;

    static double iterationShare(double perVerification, int forks, int measurementIterations) {
        return perVerification / (Math.max(forks, 1) * Math.max(measurementIterations, 1));
    }
}
