package dev.perflab.experiments.ch10.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A Hazelcast cluster of member JVMs on loopback, started by this JVM and reached through a client.
 * Every member is a child process on this JVM's java and class path; {@link #close} kills them all,
 * and so does this JVM's exit (a member also leaves when its stdin closes or its parent dies).
 */
public final class LocalCluster implements AutoCloseable {

    private final String name;
    private final List<MemberProcess> members;
    private final HazelcastInstance client;
    private final long memberStartNanos;
    private final long clientConnectNanos;
    private final Thread killOnExit;

    private LocalCluster(
            String name,
            List<MemberProcess> members,
            HazelcastInstance client,
            long memberStartNanos,
            long clientConnectNanos,
            Thread killOnExit) {
        this.name = name;
        this.members = members;
        this.client = client;
        this.memberStartNanos = memberStartNanos;
        this.clientConnectNanos = clientConnectNanos;
        this.killOnExit = killOnExit;
    }

    /**
     * Starts {@code size} members under a cluster name no other trial uses, the first alone and the
     * rest together once it is up, then connects a client that sees all of them.
     */
    public static LocalCluster start(int size, String purpose) throws IOException, InterruptedException {
        if (size < 1) {
            throw new IllegalArgumentException("a cluster needs at least one member, not " + size);
        }
        String name = "perflab-" + purpose + "-" + UUID.randomUUID();
        List<Integer> ports = FreePorts.onLoopback(size);
        List<MemberProcess> members = new ArrayList<>(size);
        Thread killOnExit = new Thread(() -> members.forEach(MemberProcess::kill));
        Runtime.getRuntime().addShutdownHook(killOnExit);
        try {
            long start = System.nanoTime();
            members.add(MemberProcess.start(name, ports.getFirst(), ports));
            members.getFirst().awaitReady();
            for (int port : ports.subList(1, size)) {
                members.add(MemberProcess.start(name, port, ports));
            }
            for (MemberProcess member : members) {
                member.awaitReady();
            }
            long joined = System.nanoTime();
            HazelcastInstance client = HazelcastClient.newHazelcastClient(ClusterSettings.client(name, ports));
            awaitMembers(client, size);
            long connected = System.nanoTime();
            return new LocalCluster(name, members, client, joined - start, connected - joined, killOnExit);
        } catch (IOException | InterruptedException | RuntimeException e) {
            members.forEach(MemberProcess::kill);
            Runtime.getRuntime().removeShutdownHook(killOnExit);
            throw e;
        }
    }

    private static void awaitMembers(HazelcastInstance client, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (client.getCluster().getMembers().size() != size) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "the client saw " + client.getCluster().getMembers().size() + " members, not " + size);
            }
            Thread.sleep(10);
        }
    }

    public HazelcastInstance client() {
        return client;
    }

    public String name() {
        return name;
    }

    /** Members started, in the order they were started; killed ones included. */
    public int size() {
        return members.size();
    }

    /** From starting the first member's JVM to every member having joined, in nanoseconds. */
    public long memberStartNanos() {
        return memberStartNanos;
    }

    /** From the last member joining to a connected client that sees them all, in nanoseconds. */
    public long clientConnectNanos() {
        return clientConnectNanos;
    }

    /** Kills member {@code index} as a crash would (SIGKILL): no goodbye to the cluster. */
    public void kill(int index) throws InterruptedException {
        members.get(index).kill();
        members.get(index).awaitExit();
    }

    public boolean isAlive(int index) {
        return members.get(index).isAlive();
    }

    /** Members' process ids, for tests that check none is left. */
    public List<Long> pids() {
        return members.stream().map(MemberProcess::pid).toList();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            client.shutdown();
        } finally {
            for (MemberProcess member : members) {
                member.kill();
            }
            for (MemberProcess member : members) {
                member.awaitExit();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or about to: it kills what is already dead.
            }
        }
    }
}
