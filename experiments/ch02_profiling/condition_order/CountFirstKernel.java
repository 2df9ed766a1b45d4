package dev.perflab.experiments.ch02.conditions;

import dev.perflab.experiments.ch02.julia.Complex;
import java.util.List;

/**
 * The book's kernel with the two tests of its loop swapped ({@code julia1_lineprofiler3.py}): the
 * cheap {@code n < maxIterations} first, so {@code abs()} is skipped once a point has used up its
 * iterations. Everything else is {@code JuliaSet.calculateZSerial} as it stands, down to the
 * range method the whole grid goes through, so the compiled loops differ only in that test.
 */
final class CountFirstKernel {

    private CountFirstKernel() {}

    static int[] calculateZSerial(int maxIterations, List<Complex> zs, List<Complex> cs) {
        int[] output = new int[zs.size()];
        calculateZSerial(maxIterations, zs, cs, output, 0, zs.size());
        return output;
    }

    private static void calculateZSerial(
            int maxIterations, List<Complex> zs, List<Complex> cs, int[] output, int from, int to) {
        for (int i = from; i < to; i++) {
            int n = 0;
            Complex z = zs.get(i);
            Complex c = cs.get(i);
            while (n < maxIterations && z.abs() < 2) {
                z = z.times(z).plus(c);
                n++;
            }
            output[i] = n;
        }
    }
}
