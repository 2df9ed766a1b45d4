package dev.perflab.harness;

/**
 * Ends the harness and its measuring forks when the server that started it is gone, so a killed
 * server leaves no JVM running benchmarks for nobody.
 */
final class ParentWatch {

    private ParentWatch() {}

    static void exitWhenParentDies() {
        ProcessHandle.current()
                .parent()
                .ifPresent(parent -> parent.onExit().thenRun(() -> {
                    ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
                    Runtime.getRuntime().halt(3);
                }));
    }
}
