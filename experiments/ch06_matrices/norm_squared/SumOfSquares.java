package dev.perflab.experiments.ch06.normsquared;

import java.util.Arrays;
import java.util.List;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The sum of the squares of a vector's elements (its norm squared), the book's five ways in their
 * Java form. The boxed ways read a {@code List<Double>}, a reference per element to a {@code Double}
 * on the heap; the others read a {@code double[]}, the values side by side.
 */
final class SumOfSquares {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private SumOfSquares() {}

    /** A for-each loop over boxed values: every element is a reference to follow and a value to unbox. */
    static double boxedLoop(List<Double> values) {
        double sum = 0;
        for (Double value : values) {
            sum += value * value;
        }
        return sum;
    }

    /** A stream over the boxed values, unboxed by {@code mapToDouble}; its {@code sum} is compensated (Kahan). */
    static double boxedStream(List<Double> values) {
        return values.stream().mapToDouble(value -> value * value).sum();
    }

    /** A counted loop over a primitive array, left to the JIT to compile (and vectorise if it can). */
    static double arrayLoop(double[] values) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * values[i];
        }
        return sum;
    }

    /** {@code DoubleStream} over the array; its {@code sum} is compensated (Kahan), as for the boxed stream. */
    static double doubleStream(double[] values) {
        return Arrays.stream(values).map(value -> value * value).sum();
    }

    /**
     * The Vector API: the widest vector of doubles the CPU has (4 lanes with AVX2), one running sum
     * per lane, added together at the end; the elements past the last whole vector by a scalar loop.
     */
    static double vector(double[] values) {
        DoubleVector sums = DoubleVector.zero(SPECIES);
        int whole = SPECIES.loopBound(values.length);
        int i = 0;
        for (; i < whole; i += SPECIES.length()) {
            DoubleVector v = DoubleVector.fromArray(SPECIES, values, i);
            sums = v.mul(v).add(sums);
        }
        double sum = sums.reduceLanes(VectorOperators.ADD);
        for (; i < values.length; i++) {
            sum += values[i] * values[i];
        }
        return sum;
    }

    /** The lanes of the Vector API variant on this machine. */
    static int lanes() {
        return SPECIES.length();
    }

    /**
     * The reference answer, summed with Neumaier's compensation so it is as exact as doubles allow;
     * each variant must land within a relative {@code tolerance} of it.
     */
    static double reference(double[] values) {
        double sum = 0;
        double compensation = 0;
        for (double value : values) {
            double term = value * value;
            double next = sum + term;
            compensation += Math.abs(sum) >= Math.abs(term) ? (sum - next) + term : (term - next) + sum;
            sum = next;
        }
        return sum + compensation;
    }

    /** Whether {@code sum} is within a relative {@code tolerance} of {@code reference}. */
    static boolean agrees(double sum, double reference, double tolerance) {
        return Math.abs(sum - reference) <= tolerance * Math.max(Math.abs(reference), Double.MIN_NORMAL);
    }
}
