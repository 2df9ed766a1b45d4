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
 * far below a scripted client's. Prints `viewer INDEX ASKED_EPOCH_MICROS` once per viewer, then
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
        // Only the head of each line matters (`id:…`, `event:…`): data lines are skipped, not copied.
        byte[][] heads = new byte[viewers][HEAD];
        int[] headLength = new int[viewers];
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
        int open = viewers;
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        while (open > 0) {
            selector.select();
            for (var iterator = selector.selectedKeys().iterator(); iterator.hasNext(); ) {
                SelectionKey key = iterator.next();
                iterator.remove();
                int viewer = (Integer) key.attachment();
                buffer.clear();
                int read = ((SocketChannel) key.channel()).read(buffer);
                long now = micros(Instant.now());
                boolean ended = read < 0;
                for (int i = 0; i < Math.max(read, 0); i++) {
                    byte b = buffer.get(i);
                    if (b != '\n') {
                        if (headLength[viewer] < HEAD) {
                            heads[viewer][headLength[viewer]++] = b;
                        }
                        continue;
                    }
                    String line = new String(heads[viewer], 0, headLength[viewer], StandardCharsets.UTF_8);
                    headLength[viewer] = 0;
                    if (line.startsWith("id:")) {
                        arrivals.add(viewer, Long.parseLong(line.substring(3).strip()), now);
                    } else if (line.equals("event:finished")
                            || line.equals("event:failed")
                            || line.equals("event:cancelled")) {
                        ended = true;
                    }
                }
                if (ended) {
                    key.channel().close();
                    open--;
                }
            }
        }
        arrivals.print(out);
        out.flush();
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
