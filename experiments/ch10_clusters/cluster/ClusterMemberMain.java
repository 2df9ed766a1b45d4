package dev.perflab.experiments.ch10.cluster;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * One cluster member in a JVM of its own, started by {@link LocalCluster}. It joins the cluster
 * named in its arguments, says so with one line on stdout, and lives until its stdin reaches end of
 * file or its parent exits: a member never outlives the fork that started it.
 *
 * <p>Arguments: the cluster name, this member's port, then every member's port.
 */
public final class ClusterMemberMain {

    /** The line a member prints once it has joined; nothing else goes to its stdout. */
    static final String READY = "member-ready";

    private ClusterMemberMain() {}

    public static void main(String[] args) throws IOException {
        String clusterName = args[0];
        int port = Integer.parseInt(args[1]);
        List<Integer> ports = Arrays.stream(args).skip(2).map(Integer::valueOf).toList();
        ProcessHandle.current()
                .parent()
                .ifPresent(parent ->
                        parent.onExit().thenRun(() -> Runtime.getRuntime().halt(2)));
        HazelcastInstance member = Hazelcast.newHazelcastInstance(ClusterSettings.member(clusterName, port, ports));
        System.out.println(READY + " " + member.getCluster().getMembers().size());
        System.out.flush();
        awaitEndOfInput(System.in);
        // The fork is gone or done: leave at once, as a crash would, without a graceful handover.
        Runtime.getRuntime().halt(0);
    }

    private static void awaitEndOfInput(InputStream in) throws IOException {
        while (in.read() >= 0) {
            // The fork never writes; any byte is ignored.
        }
    }
}
