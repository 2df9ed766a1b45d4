package dev.perflab.run;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Mono;

/**
 * On a normal shutdown, before the web server drains and the database closes: kill the running
 * fork, end every run INTERRUPTED with the reason, and wait until those ends are stored. Viewers'
 * streams then end with the terminal event instead of being cut.
 */
final class RunShutdown implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RunShutdown.class);
    static final Duration STORE_WAIT = Duration.ofSeconds(10);

    private final RunQueue queue;
    private volatile boolean running;

    RunShutdown(RunQueue queue) {
        this.queue = queue;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        var ends = queue.shutdown();
        if (!ends.isEmpty()) {
            log.info("Shutting down: ended {} run(s) as INTERRUPTED", ends.size());
            try {
                Mono.when(ends).block(STORE_WAIT);
            } catch (IllegalStateException e) {
                log.warn("Shutting down: not every run's end was stored within {}", STORE_WAIT);
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
