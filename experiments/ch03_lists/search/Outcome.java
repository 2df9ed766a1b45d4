package dev.perflab.experiments.ch03.search;

/** Whether the keys looked up are in the haystack: the value of the {@code outcome} param. */
enum Outcome {
    HIT("hit"),
    MISS("miss");

    final String id;

    Outcome(String id) {
        this.id = id;
    }

    static Outcome of(String id) {
        for (Outcome outcome : values()) {
            if (outcome.id.equals(id)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("unknown outcome " + id);
    }
}
