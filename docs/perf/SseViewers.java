import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Many viewers of one run's event stream on one thread, for docs/perf/server_load.py: opens VIEWERS
 * connections to /api/runs/RUN/events, then notes the wall-clock time each event's `id:` line
 * arrives. A selector reads every socket as soon as it has bytes, so the client's own delay stays
 * far below a scripted client's. Prints `viewer INDEX ASKED_EPOCH_MICROS` once per viewer,
 * `refused INDEX` for each stream the server answered with another status than 200, then
 * `event INDEX ID ARRIVAL_EPOCH_MICROS` per event received.
 *
 * <p>Usage: java docs/perf/SseViewers.java HOST PORT RUN VIEWERS
 */
public class SseViewers {

    private static final int HEAD = 24;

    public static void main(String[] args) throws IOException {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        String run = args[2];
        int viewers = Integer.parseInt(args[3]);
        byte[] request = ("GET /api/runs/" + run + "/events HTTP/1.1\r\nHost: " + host
                        + "\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        var out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false);
        Selector selector = Selector.open();
        for (int i = 0; i < viewers; i++) {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress(host, port));
            channel.write(ByteBuffer.wrap(request));
            out.println("viewer " + i + " " + micros(Instant.now()));
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ, i);
        }
        // Kept in memory and printed at the end: printing as they come would let a slow reader of
        // the pipe stall this thread, and that stall would count as the server's latency.
        var arrivals = new Arrivals();
        var lines = new Lines(viewers, arrivals);
        int open = viewers;
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        while (open > 0) {
            selector.select();
            for (var iterator = selector.selectedKeys().iterator(); iterator.hasNext(); ) {
                SelectionKey key = iterator.next();
                iterator.remove();
                buffer.clear();
                int read = ((SocketChannel) key.channel()).read(buffer);
                long now = micros(Instant.now());
                if (lines.scan((Integer) key.attachment(), buffer.array(), read, now) || read < 0) {
                    // A stream's end is the rare path: it stays out of the scan the JIT compiles for
                    // every read, so it cannot make the compiled scan start over mid-burst.
                    key.cancel();
                    open--;
                }
            }
        }
        for (SelectionKey key : selector.keys()) {
            key.channel().close();
        }
        for (int i = 0; i < viewers; i++) {
            if (lines.refused[i]) {
                out.println("refused " + i);
            }
        }
        arrivals.print(out);
        out.flush();
    }

    /** The `id:` and `event:` lines of each viewer's stream, across reads. */
    private static final class Lines {
        private final byte[][] heads;
        private final int[] headLength;
        private final boolean[] refused;
        private final Arrivals arrivals;

        Lines(int viewers, Arrivals arrivals) {
            this.heads = new byte[viewers][HEAD];
            this.headLength = new int[viewers];
            this.refused = new boolean[viewers];
            this.arrivals = arrivals;
        }

        /**
         * Notes the arrival of each `id:` line among the first {@code read} bytes; only the head of a
         * line matters, so data lines are skipped, not copied.
         *
         * @return whether the viewer's terminal event came
         */
        boolean scan(int viewer, byte[] bytes, int read, long now) {
            boolean ended = false;
            byte[] head = heads[viewer];
            int length = headLength[viewer];
            for (int i = 0; i < read; i++) {
                byte b = bytes[i];
                if (b != '\n') {
                    if (length < HEAD) {
                        head[length++] = b;
                    }
                    continue;
                }
                if (length >= 12 && head[0] == 'H' && head[1] == 'T' && head[2] == 'T' && head[3] == 'P') {
                    // The status line: a stream the server refused (429: too many for one client)
                    // ends here, with no terminal event to wait for.
                    if (head[9] != '2' || head[10] != '0' || head[11] != '0') {
                        refused[viewer] = true;
                        ended = true;
                    }
                } else if (length > 3 && head[0] == 'i' && head[1] == 'd' && head[2] == ':') {
                    arrivals.add(viewer, parseId(head, length), now);
                } else if (length > 6 && head[0] == 'e' && head[5] == ':') {
                    ended |= isTerminal(new String(head, 6, length - 6, StandardCharsets.US_ASCII));
                }
                length = 0;
            }
            headLength[viewer] = length;
            return ended;
        }

        private static long parseId(byte[] head, int length) {
            long id = 0;
            for (int i = 3; i < length; i++) {
                if (head[i] >= '0' && head[i] <= '9') {
                    id = id * 10 + (head[i] - '0');
                }
            }
            return id;
        }

        private static boolean isTerminal(String type) {
            return type.equals("finished") || type.equals("failed") || type.equals("cancelled");
        }
    }

    /** (viewer, event id, arrival µs) triples in one growing array. */
    private static final class Arrivals {
        private long[] values = new long[3 << 16];
        private int size;

        void add(long viewer, long id, long micros) {
            if (size + 3 > values.length) {
                values = java.util.Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = viewer;
            values[size++] = id;
            values[size++] = micros;
        }

        void print(PrintStream out) {
            for (int i = 0; i < size; i += 3) {
                out.println("event " + values[i] + " " + values[i + 1] + " " + values[i + 2]);
            }
        }
    }

    private static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
    }
}
