package dev.perflab.fork;

/** Ends a harness and every JVM it started: children first, so none is left orphaned. */
final class ProcessTree {

    private ProcessTree() {}

    static void kill(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
