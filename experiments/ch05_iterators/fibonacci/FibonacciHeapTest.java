package dev.perflab.experiments.ch05.fibonacci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perflab.experiments.ch05.liveheap.LiveHeap;
import org.junit.jupiter.api.Test;

class FibonacciHeapTest {

    @Test
    void anEagerListKeepsItsNumbersAndALazyIteratorAlmostNothing() {
        int n = 30_000;
        LiveHeap.Peak<Digest> eager = LiveHeap.whileReading(() -> Sequence.EAGER.numbers(n), n, Digest::of);
        LiveHeap.Peak<Digest> lazy = LiveHeap.whileReading(() -> Sequence.LAZY.numbers(n), n, Digest::of);
        // The 30,000 numbers have 312 million bits between them, 37 MiB of digits.
        assertThat(eager.mebibytes()).isGreaterThan(30);
        assertThat(lazy.mebibytes()).isLessThan(1);
        assertThat(eager.result()).isEqualTo(lazy.result()).isEqualTo(Digest.ofFirstFibonacciNumbers(n));
        assertThat(eager.samples()).isEqualTo(LiveHeap.STRETCHES + 1);
    }
}
