package dev.perflab.experiments.ch09.verifyflags;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * The book's Redis flag: a server on the loopback interface holds the flag, and every worker asks
 * it over its own TCP connection, one round trip per poll. The protocol is one byte each way:
 * {@code ?} asks (answer 0 or 1), {@code !} raises, {@code _} lowers (answer 1).
 */
final class TcpFlag implements StopFlag {

    private static final int ASK = '?';
    private static final int RAISE = '!';
    private static final int LOWER = '_';

    private final ServerSocket server;
    private final List<Socket> served = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private final Connection control;
    private volatile boolean raised;

    TcpFlag(int workers) {
        try {
            server = new ServerSocket(0, workers + 1, InetAddress.getLoopbackAddress());
            Thread.ofPlatform().daemon().name("tcp-flag-server").start(this::accept);
            for (int i = 0; i < workers; i++) {
                connections.add(new Connection(server.getLocalPort()));
            }
            control = new Connection(server.getLocalPort());
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("could not start the flag server", e);
        }
    }

    @Override
    public FactorSearch.Signal signalFor(int worker) {
        return connections.get(worker);
    }

    @Override
    public void lower() {
        control.request(LOWER);
    }

    @Override
    public void close() {
        connections.forEach(Connection::close);
        if (control != null) {
            control.close();
        }
        try {
            if (server != null) {
                server.close();
            }
            synchronized (served) {
                for (Socket socket : served) {
                    socket.close();
                }
            }
        } catch (IOException e) {
            // closing: nothing more to do with a socket that fails to close
        }
    }

    private void accept() {
        try {
            while (true) {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                synchronized (served) {
                    served.add(socket);
                }
                Thread.ofPlatform().daemon().name("tcp-flag-connection").start(() -> serve(socket));
            }
        } catch (IOException e) {
            // the server socket closed: the flag is done
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            for (int request = in.read(); request >= 0; request = in.read()) {
                switch (request) {
                    case RAISE -> raised = true;
                    case LOWER -> raised = false;
                    default -> {}
                }
                out.write(raised ? 1 : 0);
                out.flush();
            }
        } catch (IOException e) {
            // the connection closed: the worker or the flag is done
        }
    }

    /** One worker's connection: each poll writes a byte and waits for the answer. */
    private static final class Connection implements FactorSearch.Signal {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setTcpNoDelay(true);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        @Override
        public boolean raised() {
            return request(ASK) == 1;
        }

        @Override
        public void raise() {
            request(RAISE);
        }

        int request(int what) {
            try {
                out.write(what);
                out.flush();
                int answer = in.read();
                if (answer < 0) {
                    throw new IllegalStateException("the flag server closed the connection");
                }
                return answer;
            } catch (IOException e) {
                throw new UncheckedIOException("the flag server did not answer", e);
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing: nothing more to do
            }
        }
    }
}
