package dev.perflab.experiments.ch08.cpuio;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The secondary result {@code hashCpuMillis}: the hashing thread's CPU time per hash, the book's
 * Table 8-2 figure measured so that other processes on the machine do not stretch it.
 *
 * <p>JMH 1.37 zeroes an {@code EVENTS} counter at the start of every iteration and adds the values
 * of all measurement iterations of all forks into the result. Each iteration keeps the mean over
 * its operations ÷ (forks × measurement iterations), so the result is the mean over iterations.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class HashCpuCounters {

    /** This iteration's share of the mean CPU milliseconds per hash. */
    public double hashCpuMillis;

    private double sumMillis;
    private int operations;

    @Setup(Level.Iteration)
    public void startIteration() {
        sumMillis = 0;
        operations = 0;
    }

    /** Adds one operation's CPU time per hash; the field then holds this iteration's share. */
    void record(double millisPerHash, int forks, int measurementIterations) {
        sumMillis += millisPerHash;
        operations++;
        hashCpuMillis = sumMillis / operations / (Math.max(forks, 1) * measurementIterations);
    }
}
