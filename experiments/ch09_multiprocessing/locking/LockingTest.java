package dev.perflab.experiments.ch09.locking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LockingTest {

    @ParameterizedTest
    @EnumSource(
            value = CounterKind.class,
            names = {"SYNCHRONIZED", "ATOMIC_LONG", "LONG_ADDER", "FILE_LOCKED"})
    void exactCountersCountEveryIncrementOfEveryWorker(CounterKind kind) {
        try (Counting counting = Counting.open(kind, 4)) {
            assertThat(counting.count(1000)).isEqualTo(4000);
            assertThat(counting.count(2500)).as("counted afresh").isEqualTo(10_000);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = CounterKind.class,
            names = {"UNSYNCHRONIZED", "FILE_UNLOCKED"})
    void unsafeCountersNeverCountMoreThanWasAddedAndAreExactForOneWorker(CounterKind kind) {
        try (Counting counting = Counting.open(kind, 3)) {
            assertThat(counting.count(1000)).isBetween(1L, 3000L);
        }
        try (Counting alone = Counting.open(kind, 1)) {
            assertThat(alone.count(1000)).isEqualTo(1000);
        }
    }

    @Test
    void twoReadsBeforeTheirWritesLoseAnIncrement(@TempDir Path dir) throws Exception {
        // The interleaving an unlocked counter allows, step by step: both read 7, both write 8.
        Path file = Files.write(dir.resolve("counter"), new byte[8]);
        try (FileChannel one = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileChannel other = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            var first = new CounterFile(one);
            var second = new CounterFile(other);
            first.write(7);
            long readByFirst = first.read();
            long readBySecond = second.read();
            first.write(readByFirst + 1);
            second.write(readBySecond + 1);
            assertThat(first.read()).as("two increments made, one counted").isEqualTo(8);
        }
    }

    @Test
    void aFileLockCannotKeepTwoThreadsOfOneJvmApart(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("counter"), new byte[8]);
        try (FileChannel first = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileChannel second = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                var held = first.lock()) {
            assertThat(held.isValid()).isTrue();
            assertThatThrownBy(second::lock).isInstanceOf(OverlappingFileLockException.class);
        }
    }

    @Test
    void aCounterFileKeepsItsNumberAcrossIncrements(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("counter"), new byte[8]);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            var counter = new CounterFile(channel);
            counter.write(41);
            counter.increment(true);
            counter.increment(false);
            assertThat(counter.read()).isEqualTo(43);
        }
        assertThat(Files.size(file)).isEqualTo(8);
    }

    @Test
    void iterationSharesAddUpToTheMeanLostPerCount() {
        assertThat(LostUpdates.iterationShare(112, 1, 4) * 4).isCloseTo(112, Offset.offset(1e-9));
        assertThat(LostUpdates.iterationShare(112, 0, 1)).isEqualTo(112);
    }
}
