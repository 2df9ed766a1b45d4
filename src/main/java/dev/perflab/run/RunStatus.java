package dev.perflab.run;

public enum RunStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED,
    TIMED_OUT,
    INTERRUPTED;

    public boolean isTerminal() {
        return switch (this) {
            case QUEUED, RUNNING -> false;
            case SUCCEEDED, FAILED, CANCELLED, TIMED_OUT, INTERRUPTED -> true;
        };
    }

    /** The SSE type of the event that ends a run with this status. */
    String terminalEventType() {
        return switch (this) {
            case SUCCEEDED -> "finished";
            case CANCELLED -> "cancelled";
            case FAILED, TIMED_OUT, INTERRUPTED -> "failed";
            case QUEUED, RUNNING -> throw new IllegalStateException(this + " does not end a run");
        };
    }
}
