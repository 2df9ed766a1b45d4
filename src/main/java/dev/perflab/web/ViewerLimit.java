package dev.perflab.web;

import dev.perflab.LabProperties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Open event streams per client address, capped so one client cannot hold every connection. */
@Component
class ViewerLimit {

    private final int perClient;
    private final ConcurrentMap<String, AtomicInteger> open = new ConcurrentHashMap<>();

    @Autowired
    ViewerLimit(LabProperties lab) {
        this(lab.viewersPerClient());
    }

    ViewerLimit(int perClient) {
        this.perClient = perClient;
    }

    /** @return false, counting nothing, when {@code client} already has the most streams allowed */
    boolean enter(String client) {
        int now = open.computeIfAbsent(client, k -> new AtomicInteger()).incrementAndGet();
        if (now > perClient) {
            leave(client);
            return false;
        }
        return true;
    }

    void leave(String client) {
        open.computeIfPresent(client, (k, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    int perClient() {
        return perClient;
    }

    int open(String client) {
        AtomicInteger count = open.get(client);
        return count == null ? 0 : count.get();
    }
}
