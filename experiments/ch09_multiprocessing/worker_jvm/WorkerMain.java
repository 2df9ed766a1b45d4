package dev.perflab.experiments.ch09.workerjvm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The loop a {@link WorkerJvm} runs: reads command lines from stdin and prints one answer line
 * each, until stdin closes. It halts if the JVM that started it is gone, so a killed fork never
 * leaves a worker running.
 */
public final class WorkerMain {

    private WorkerMain() {}

    public static void serve(Function<String, String> answer) throws IOException {
        ProcessHandle.current()
                .parent()
                .ifPresent(parent ->
                        parent.onExit().thenRun(() -> Runtime.getRuntime().halt(4)));
        var out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command = in.readLine(); command != null; command = in.readLine()) {
            out.println(answer.apply(command));
            out.flush();
        }
    }
}
