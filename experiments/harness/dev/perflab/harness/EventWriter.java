package dev.perflab.harness;

import dev.perflab.protocol.HarnessEvent;
import dev.perflab.protocol.ProtocolCodec;
import java.io.PrintStream;

/** Prints events, one line each, flushed at once so the server sees an iteration as it ends. */
final class EventWriter {

    private final PrintStream out;
    private final ProtocolCodec codec;

    EventWriter(PrintStream out, ProtocolCodec codec) {
        this.out = out;
        this.codec = codec;
    }

    synchronized void write(HarnessEvent event) {
        out.println(codec.encode(event));
        out.flush();
    }
}
