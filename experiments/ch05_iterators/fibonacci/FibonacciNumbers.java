package dev.perflab.experiments.ch05.fibonacci;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The first N Fibonacci numbers 0, 1, 1, 2, 3, 5, … made one at a time: the book's generator
 * ({@code yield a; a, b = b, a + b}). It holds two numbers whatever N is; each number is made when
 * asked for and is garbage once the caller lets it go.
 */
final class FibonacciNumbers implements Iterator<BigInteger> {

    private int left;
    private BigInteger current = BigInteger.ZERO;
    private BigInteger following = BigInteger.ONE;

    FibonacciNumbers(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        this.left = n;
    }

    /**
     * The same numbers appended to a list, as the book's {@code fibonacci_list} appends them: every
     * number is made, and kept, before the first is used. Not presized, like a Python list.
     */
    static List<BigInteger> listOf(int n) {
        List<BigInteger> numbers = new ArrayList<>();
        new FibonacciNumbers(n).forEachRemaining(numbers::add);
        return numbers;
    }

    @Override
    public boolean hasNext() {
        return left > 0;
    }

    @Override
    public BigInteger next() {
        if (left == 0) {
            throw new NoSuchElementException();
        }
        BigInteger number = current;
        BigInteger sum = current.add(following);
        current = following;
        following = sum;
        left--;
        return number;
    }
}
