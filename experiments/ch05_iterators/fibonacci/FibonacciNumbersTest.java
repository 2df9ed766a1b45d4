package dev.perflab.experiments.ch05.fibonacci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FibonacciNumbersTest {

    @ParameterizedTest
    @EnumSource(Sequence.class)
    void everyVariantStartsWithTheFibonacciNumbers(Sequence sequence) {
        assertThat(read(sequence.numbers(15)))
                .extracting(BigInteger::longValueExact)
                .containsExactly(0L, 1L, 1L, 2L, 3L, 5L, 8L, 13L, 21L, 34L, 55L, 89L, 144L, 233L, 377L);
    }

    @ParameterizedTest
    @EnumSource(Sequence.class)
    void everyVariantGrowsPastLongWithoutOverflow(Sequence sequence) {
        assertThat(read(sequence.numbers(101)).getLast()).isEqualTo(new BigInteger("354224848179261915075"));
    }

    @Test
    void eagerAndLazyGiveTheSameNumbersInOrder() {
        assertThat(read(Sequence.EAGER.numbers(3000))).isEqualTo(read(Sequence.LAZY.numbers(3000)));
    }

    @Test
    void theLastOfTheBooksHundredThousandAgreesWithFastDoubling() {
        BigInteger last = null;
        for (Iterator<BigInteger> numbers = new FibonacciNumbers(100_000); numbers.hasNext(); ) {
            last = numbers.next();
        }
        assertThat(last).isEqualTo(fastDoubling(99_999));
        // F(k) is the integer nearest φ^k / √5: floor(99,999 · log2 φ − log2 √5) + 1 bits.
        assertThat(last.bitLength()).isEqualTo(69_423);
    }

    @Test
    void theListHoldsExactlyNNumbers() {
        assertThat(FibonacciNumbers.listOf(1234)).hasSize(1234);
        assertThat(FibonacciNumbers.listOf(0)).isEmpty();
    }

    @Test
    void theIteratorStopsAfterNNumbers() {
        FibonacciNumbers numbers = new FibonacciNumbers(2);
        numbers.next();
        numbers.next();
        assertThat(numbers.hasNext()).isFalse();
        assertThatThrownBy(numbers::next).isInstanceOf(NoSuchElementException.class);
        assertThat(new FibonacciNumbers(0).hasNext()).isFalse();
        assertThatThrownBy(() -> new FibonacciNumbers(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDigestCountsAddsBitLengthsAndHashesTheLowBitsInOrder() {
        // 0, 1, 1, 2, 3: bit lengths 0 + 1 + 1 + 2 + 2; hash ((((0)·31 + 1)·31 + 1)·31 + 2)·31 + 3.
        assertThat(Digest.of(new FibonacciNumbers(5))).isEqualTo(new Digest(5, 6, 30_817));
        assertThat(Digest.of(List.of(BigInteger.ONE, BigInteger.TWO).iterator()))
                .isNotEqualTo(Digest.of(List.of(BigInteger.TWO, BigInteger.ONE).iterator()));
    }

    @ParameterizedTest
    @EnumSource(Sequence.class)
    void everyVariantReadsToTheDigestOfThePlainLoop(Sequence sequence) {
        for (int n : new int[] {1, 2, 93, 94, 20_000}) {
            assertThat(Digest.of(sequence.numbers(n))).as("n = " + n).isEqualTo(Digest.ofFirstFibonacciNumbers(n));
        }
    }

    @Test
    void variantIdsArePermanent() {
        assertThat(Sequence.of("eager")).isEqualTo(Sequence.EAGER);
        assertThat(Sequence.of("lazy")).isEqualTo(Sequence.LAZY);
        assertThatThrownBy(() -> Sequence.of("generator")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<BigInteger> read(Iterator<BigInteger> numbers) {
        List<BigInteger> read = new ArrayList<>();
        numbers.forEachRemaining(read::add);
        return read;
    }

    /** F(k) by F(2m) = F(m)·(2F(m+1) − F(m)) and F(2m+1) = F(m)² + F(m+1)²: no loop over k. */
    private static BigInteger fastDoubling(int k) {
        return fastDoublingPair(k)[0];
    }

    private static BigInteger[] fastDoublingPair(int k) {
        if (k == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        BigInteger[] half = fastDoublingPair(k / 2);
        BigInteger f = half[0];
        BigInteger g = half[1];
        BigInteger even = f.multiply(g.shiftLeft(1).subtract(f));
        BigInteger odd = f.multiply(f).add(g.multiply(g));
        return k % 2 == 0 ? new BigInteger[] {even, odd} : new BigInteger[] {odd, even.add(odd)};
    }
}
