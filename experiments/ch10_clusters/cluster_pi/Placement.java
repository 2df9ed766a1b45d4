package dev.perflab.experiments.ch10.pi;

/** Where the workers throw their darts: the only thing the two series change. */
enum Placement {
    /** Threads of the measuring JVM, sharing its heap: nothing crosses a process boundary. */
    THREADS("threads"),
    /** Members of a Hazelcast cluster, one JVM each: tasks and answers are serialised over loopback. */
    CLUSTER("cluster");

    final String id;

    Placement(String id) {
        this.id = id;
    }

    static Placement of(String id) {
        for (Placement placement : values()) {
            if (placement.id.equals(id)) {
                return placement;
            }
        }
        throw new IllegalArgumentException("unknown placement " + id);
    }
}
