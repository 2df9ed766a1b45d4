package dev.perflab.experiments.ch02.julia;

/**
 * A complex number as Python's {@code complex}: two doubles, arithmetic in the same operand order
 * as CPython, so the Julia set's iteration counts match the book's to the last point.
 */
public record Complex(double re, double im) {

    /** (a + bi)(c + di) = (ac − bd) + (ad + bc)i, the order CPython multiplies in. */
    public Complex times(Complex other) {
        return new Complex(re * other.re - im * other.im, re * other.im + im * other.re);
    }

    public Complex plus(Complex other) {
        return new Complex(re + other.re, im + other.im);
    }

    /** The modulus |z|, as Python's {@code abs(z)}: C's hypot, without overflow or underflow in between. */
    public double abs() {
        return Math.hypot(re, im);
    }
}
