package dev.perflab.fork;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for the harness in {@link ForkLauncherTest}: reads its spec, prints a valid hello, an
 * event of a type the protocol does not have, a line that is not JSON, a stderr line, and exits 7.
 */
public final class ScriptedHarness {

    private ScriptedHarness() {}

    public static void main(String[] args) throws IOException {
        String spec = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        System.out.println("{\"type\":\"hello\",\"protocol\":2,\"jmhVersion\":\"1.37\"}");
        System.out.println("{\"type\":\"surprise\",\"score\":1}");
        System.out.println("Hello from a benchmark that printed to the wrong stream");
        System.err.println("read a spec of " + spec.length() + " characters");
        System.out.flush();
        System.exit(7);
    }
}
