package dev.perflab.experiments.ch09.processpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PoolProtocolTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);

    private DataInputStream written() {
        return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void carriesTasksWithTheirFunctionAndArguments() throws IOException {
        PoolProtocol.writeTask(out, new PoolProtocol.Task(7, "a.b.C$D", new long[] {Long.MIN_VALUE, 0, 42}));
        PoolProtocol.writeTask(out, new PoolProtocol.Task(8, "é", new long[0]));
        var in = written();
        var first = PoolProtocol.readTask(in);
        var second = PoolProtocol.readTask(in);
        assertThat(first.id()).isEqualTo(7);
        assertThat(first.function()).isEqualTo("a.b.C$D");
        assertThat(first.args()).containsExactly(Long.MIN_VALUE, 0, 42);
        assertThat(second.id()).isEqualTo(8);
        assertThat(second.function()).isEqualTo("é");
        assertThat(second.args()).isEmpty();
        assertThat(PoolProtocol.readTask(in)).as("end of input between tasks").isNull();
    }

    @Test
    void carriesResultsAndFailures() throws IOException {
        PoolProtocol.writeReply(out, new PoolProtocol.Result(3, new long[] {5_411, -1}));
        PoolProtocol.writeReply(out, new PoolProtocol.Failure(4, "java.lang.IllegalStateException: boom"));
        var in = written();
        var result = (PoolProtocol.Result) PoolProtocol.readReply(in);
        var failure = (PoolProtocol.Failure) PoolProtocol.readReply(in);
        assertThat(result.taskId()).isEqualTo(3);
        assertThat(result.values()).containsExactly(5_411, -1);
        assertThat(failure.taskId()).isEqualTo(4);
        assertThat(failure.reason()).isEqualTo("java.lang.IllegalStateException: boom");
    }

    @Test
    void cutsAReasonTooLongForOneFrame() throws IOException {
        PoolProtocol.writeReply(out, new PoolProtocol.Failure(1, "x".repeat(100_000)));
        var failure = (PoolProtocol.Failure) PoolProtocol.readReply(written());
        assertThat(failure.reason()).hasSize(PoolProtocol.MAX_REASON_CHARS + 1).endsWith("…");
    }

    @Test
    void greetsWithMagicVersionAndPid() throws IOException {
        PoolProtocol.writeHello(out, 12_345);
        assertThat(PoolProtocol.readHello(written())).isEqualTo(new PoolProtocol.Hello(PoolProtocol.VERSION, 12_345));
    }

    @Test
    void rejectsOutputThatIsNoWorkersHello() throws IOException {
        out.writeBytes("Picked up JAVA_TOOL_OPTIONS\n");
        assertThatThrownBy(() -> PoolProtocol.readHello(written()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a pool worker");
    }

    @Test
    void rejectsAnotherProtocolVersion() throws IOException {
        out.writeInt(PoolProtocol.MAGIC);
        out.writeInt(PoolProtocol.VERSION + 1);
        out.writeLong(1);
        assertThatThrownBy(() -> PoolProtocol.readHello(written())).hasMessageContaining("protocol version");
    }

    @Test
    void rejectsACorruptLength() throws IOException {
        out.writeInt(1);
        out.writeByte(PoolProtocol.RESULT);
        out.writeInt(-5);
        assertThatThrownBy(() -> PoolProtocol.readReply(written())).hasMessageContaining("corrupt");
    }

    @Test
    void rejectsAnUnknownReplyKind() throws IOException {
        out.writeInt(1);
        out.writeByte(9);
        assertThatThrownBy(() -> PoolProtocol.readReply(written())).hasMessageContaining("unknown kind 9");
    }

    @Test
    void failsOnAReplyCutShort() throws IOException {
        out.writeInt(1);
        out.writeByte(PoolProtocol.RESULT);
        out.writeInt(2);
        out.writeLong(1);
        assertThatThrownBy(() -> PoolProtocol.readReply(written())).isInstanceOf(IOException.class);
    }
}
