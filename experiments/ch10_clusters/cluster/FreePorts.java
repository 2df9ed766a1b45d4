package dev.perflab.experiments.ch10.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Ports the operating system hands out as free on loopback, so no fixed range can clash. */
final class FreePorts {

    private FreePorts() {}

    /**
     * {@code count} distinct ports free a moment ago. Another process may take one before a member
     * binds it; the member then fails to start and the trial fails saying so, never joins a stranger.
     */
    static List<Integer> onLoopback(int count) throws IOException {
        List<ServerSocket> held = new ArrayList<>(count);
        try {
            for (int i = 0; i < count; i++) {
                held.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return held.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
    }
}
