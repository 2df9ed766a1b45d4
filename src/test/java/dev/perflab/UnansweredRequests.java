package dev.perflab;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A lab-server test whose request got no answer (Reactor's "Timeout on blocking read") fails with
 * what held the server: the database pool's connections and every thread that was not idle, on one
 * line, and every thread's stack in a file beside the test reports. CI shows only the failure's
 * message, and a hang that happens once in ten builds must be diagnosable from that one build.
 */
public final class UnansweredRequests implements TestExecutionExceptionHandler {

    private static final int FRAMES = 12;

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (!unanswered(failure)) {
            throw failure;
        }
        var lab = SpringExtension.getApplicationContext(context);
        String pool = lab.getBeanProvider(ConnectionFactory.class).stream()
                .filter(ConnectionPool.class::isInstance)
                .map(factory -> ((ConnectionPool) factory)
                        .getMetrics()
                        .map(m -> "database connections taken " + m.acquiredSize() + " of " + m.getMaxAllocatedSize()
                                + ", idle " + m.idleSize() + ", requests waiting " + m.pendingAcquireSize())
                        .orElse("no pool metrics"))
                .findFirst()
                .orElse("no connection pool");
        ThreadInfo[] threads = ManagementFactory.getThreadMXBean().dumpAllThreads(true, true);
        Path dump = Path.of(
                "target", "unanswered-" + context.getRequiredTestMethod().getName() + ".txt");
        try {
            Files.writeString(
                    dump, Arrays.stream(threads).map(UnansweredRequests::full).collect(Collectors.joining("\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String busy = Arrays.stream(threads)
                .filter(UnansweredRequests::busy)
                .map(UnansweredRequests::brief)
                .collect(Collectors.joining(" | "));
        throw new AssertionError(
                "a request got no answer (" + failure.getMessage() + "); " + pool + "; threads not idle: " + busy
                        + "; all stacks in " + dump.toAbsolutePath(),
                failure);
    }

    static boolean unanswered(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException
                    && String.valueOf(t.getMessage()).startsWith("Timeout on blocking read")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A thread of the lab's that is doing or waiting for something other than its next piece of
     * work: an event loop not in epoll, a pool or channel thread not parked in its queue.
     */
    private static boolean busy(ThreadInfo thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        if (stack.length == 0
                || thread.getThreadName().startsWith("surefire")
                || thread.getThreadId() == Thread.currentThread().threadId()) {
            return false;
        }
        String top = Arrays.stream(stack)
                .limit(8)
                .map(frame -> frame.getClassName() + "." + frame.getMethodName())
                .collect(Collectors.joining(" "));
        boolean idle = top.contains("epollWait")
                || top.contains("EPoll")
                || top.contains("LinkedBlockingQueue.take")
                || top.contains("LinkedBlockingQueue.poll")
                || top.contains("ScheduledThreadPoolExecutor$DelayedWorkQueue.take")
                || top.contains("SynchronousQueue")
                || top.contains("ForkJoinPool.awaitWork")
                || top.contains("ReferenceQueue.remove")
                || top.contains("Object.wait")
                || top.contains("accept")
                || top.contains("waitForProcessExit")
                || top.contains("NettyWebServer")
                || thread.getThreadName().startsWith("Reference Handler")
                || thread.getThreadName().startsWith("Signal Dispatcher")
                || thread.getThreadName().startsWith("Common-Cleaner")
                || thread.getThreadName().startsWith("Attach Listener")
                || thread.getThreadName().startsWith("Notification Thread");
        return !idle;
    }

    private static String brief(ThreadInfo thread) {
        return thread.getThreadName() + " " + thread.getThreadState() + " at "
                + Arrays.stream(thread.getStackTrace())
                        .limit(FRAMES)
                        .map(StackTraceElement::toString)
                        .collect(Collectors.joining(" < "));
    }

    private static String full(ThreadInfo thread) {
        return "\"" + thread.getThreadName() + "\" " + thread.getThreadState()
                + (thread.getLockName() == null ? "" : " on " + thread.getLockName())
                + (thread.getLockOwnerName() == null ? "" : " owned by " + thread.getLockOwnerName()) + "\n"
                + Arrays.stream(thread.getStackTrace())
                        .map(frame -> "    at " + frame + "\n")
                        .collect(Collectors.joining());
    }
}
