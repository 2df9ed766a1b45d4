package dev.perflab.experiments.ch10.jobs;

/** Whether a worker dies mid-batch. */
enum KillPlan {
    NONE("none"),
    /** One worker JVM is killed (SIGKILL) halfway through a chosen measurement iteration. */
    ONE_WORKER("one-worker");

    final String id;

    KillPlan(String id) {
        this.id = id;
    }

    static KillPlan of(String id) {
        for (KillPlan plan : values()) {
            if (plan.id.equals(id)) {
                return plan;
            }
        }
        throw new IllegalArgumentException("unknown kill " + id);
    }

    /** Refuses a kill that would leave no worker, or that falls after the last measurement iteration. */
    void check(int workers, int killAtIteration, int measurementIterations) {
        if (this == NONE) {
            return;
        }
        if (workers < 2) {
            throw new IllegalArgumentException(
                    "killing the only worker would leave nobody to finish the batch: use 2 workers or more");
        }
        if (killAtIteration < 1 || killAtIteration > measurementIterations) {
            throw new IllegalArgumentException("the kill is set for measurement iteration " + killAtIteration
                    + " but the run measures " + measurementIterations);
        }
    }
}
