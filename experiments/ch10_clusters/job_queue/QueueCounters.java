package dev.perflab.experiments.ch10.jobs;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What happened to the queue in an iteration, beside its throughput: counts, which JMH adds up
 * over the measurement iterations into the run's totals, and which each iteration event carries
 * alone (so a chart can mark the iteration of the kill).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class QueueCounters {

    /** Jobs given out again because their answer was late: the acknowledgement timed out. */
    public long redeliveries;

    /** Answers written for a job already answered: at-least-once delivering some twice. */
    public long duplicates;

    /** Worker members killed in this iteration. */
    public long killedWorkers;
}
