package dev.perflab.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What the lab's Netty event loops are doing, on one line, for a test whose request got no answer:
 * a loop that is not waiting for I/O is blocked in something, and its frames name what.
 */
final class EventLoops {

    private static final int FRAMES = 10;

    static String busy() {
        String busy = Thread.getAllStackTraces().entrySet().stream()
                .filter(entry -> entry.getKey().getName().startsWith("reactor-http"))
                .filter(entry -> !waitingForIo(entry.getValue()))
                .map(entry -> entry.getKey().getName() + " at "
                        + Arrays.stream(entry.getValue())
                                .limit(FRAMES)
                                .map(StackTraceElement::toString)
                                .collect(Collectors.joining(" < ")))
                .collect(Collectors.joining("; "));
        return busy.isEmpty() ? "every event loop was waiting for I/O" : "busy event loops: " + busy;
    }

    private static boolean waitingForIo(StackTraceElement[] stack) {
        return Arrays.stream(stack)
                .limit(4)
                .anyMatch(frame -> frame.getClassName().contains("EPoll")
                        || frame.getClassName().startsWith("io.netty.channel.epoll.Native")
                        || frame.getMethodName().equals("epollWait"));
    }

    private EventLoops() {}
}
