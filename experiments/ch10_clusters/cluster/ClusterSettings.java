package dev.perflab.experiments.ch10.cluster;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import java.util.List;

/**
 * How the lab's members and clients find each other: on loopback only, by an explicit TCP/IP member
 * list, under a cluster name unique to one trial, so that two runs on the same machine (or another
 * lab's) can never join each other. No multicast, no cloud discovery, no phone-home, no logging.
 */
public final class ClusterSettings {

    static final String LOOPBACK = "127.0.0.1";

    private ClusterSettings() {}

    /** The configuration of the member listening on {@code port}, one of {@code ports}. */
    public static Config member(String clusterName, int port, List<Integer> ports) {
        Config config = new Config();
        config.setClusterName(clusterName);
        quiet(config);
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface(LOOPBACK);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(addresses(ports));
        return config;
    }

    /** A client of the cluster whose members listen on {@code ports}; it gives up after 60 s. */
    public static ClientConfig client(String clusterName, List<Integer> ports) {
        ClientConfig config = new ClientConfig();
        config.setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "none");
        // Operations that met a member as it died are sent again: the job queue counts on retries.
        config.getNetworkConfig()
                .addAddress(addresses(ports).toArray(String[]::new))
                .setRedoOperation(true);
        config.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(60_000);
        return config;
    }

    private static void quiet(Config config) {
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "none");
        config.setProperty("hazelcast.socket.bind.any", "false");
        // LocalCluster starts the other members only once the first has formed the cluster, so a
        // new member finds it at once; Hazelcast's default 5 s wait before joining guards against
        // two members claiming mastership together, which that order rules out.
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
    }

    static List<String> addresses(List<Integer> ports) {
        return ports.stream().map(port -> LOOPBACK + ":" + port).toList();
    }
}
