package dev.perflab.fork;

import dev.perflab.protocol.HarnessEvent;
import java.util.List;

/** What a harness process produces, in the order it is read. {@link Exited} is always last. */
public sealed interface ForkOutput {

    record Event(HarnessEvent event) implements ForkOutput {}

    /** A line of JMH's human-readable text, from stderr. */
    record Log(String line) implements ForkOutput {}

    /** A stdout line that is not a protocol event: the harness is broken or something wrote to its stdout. */
    record Malformed(String line, String problem) implements ForkOutput {}

    /** The harness ended; {@code stderrTail} holds its last lines for a failure report. */
    record Exited(int status, List<String> stderrTail) implements ForkOutput {}
}
