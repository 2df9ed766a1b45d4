package dev.perflab.experiments.ch05.fibonacci;

import java.math.BigInteger;
import java.util.Iterator;

/**
 * What reading the numbers once produces: how many there were, their bit lengths added up, and a
 * hash of their lowest 64 bits in order. Cheap per number (no pass over its digits), so the time
 * measured is the time to make the numbers; yet a wrong, missing or reordered number changes it.
 *
 * @param count how many numbers were read
 * @param totalBitLength the sum of {@link BigInteger#bitLength()} over them
 * @param lowBitsHash {@code h = 31 h + n.longValue()} over them, in order
 */
record Digest(long count, long totalBitLength, long lowBitsHash) {

    static Digest of(Iterator<BigInteger> numbers) {
        long count = 0;
        long totalBitLength = 0;
        long lowBitsHash = 0;
        while (numbers.hasNext()) {
            BigInteger number = numbers.next();
            count++;
            totalBitLength += number.bitLength();
            lowBitsHash = 31 * lowBitsHash + number.longValue();
        }
        return new Digest(count, totalBitLength, lowBitsHash);
    }

    /**
     * The digest of the first {@code n} Fibonacci numbers, from a plain loop of its own: what every
     * read of either sequence must produce.
     */
    static Digest ofFirstFibonacciNumbers(int n) {
        BigInteger current = BigInteger.ZERO;
        BigInteger following = BigInteger.ONE;
        long totalBitLength = 0;
        long lowBitsHash = 0;
        for (int i = 0; i < n; i++) {
            totalBitLength += current.bitLength();
            lowBitsHash = 31 * lowBitsHash + current.longValue();
            BigInteger sum = current.add(following);
            current = following;
            following = sum;
        }
        return new Digest(n, totalBitLength, lowBitsHash);
    }
}
