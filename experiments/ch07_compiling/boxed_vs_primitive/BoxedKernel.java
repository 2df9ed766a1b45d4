package dev.perflab.experiments.ch07.boxedvsprimitive;

import dev.perflab.experiments.ch02.julia.JuliaArrays;
import java.util.ArrayList;
import java.util.List;

/**
 * The Julia kernel on boxed {@link Double}s: the start values come from lists of boxes and z's two
 * parts are {@code Double} variables, so every step unboxes them, computes on doubles and boxes the
 * two new parts again. The escape test is the book's {@code abs(z) < 2} ({@code Math.hypot}), and
 * the products run in the same order as {@code Complex.times}, so every point gets the book's count.
 */
final class BoxedKernel {

    private BoxedKernel() {}

    /** The grid's start values as two lists of boxes, row by row, as {@code JuliaArrays.Grid} holds them. */
    record Inputs(List<Double> re, List<Double> im) {

        static Inputs of(JuliaArrays.Grid grid) {
            List<Double> re = new ArrayList<>(grid.points());
            List<Double> im = new ArrayList<>(grid.points());
            for (int i = 0; i < grid.points(); i++) {
                re.add(grid.re()[i]);
                im.add(grid.im()[i]);
            }
            return new Inputs(re, im);
        }
    }

    /** Fills {@code output} with every point's iteration count. */
    static void calculateZ(int maxIterations, Inputs inputs, Double cRe, Double cIm, int[] output) {
        List<Double> zRes = inputs.re();
        List<Double> zIms = inputs.im();
        for (int i = 0; i < output.length; i++) {
            Double zRe = zRes.get(i);
            Double zIm = zIms.get(i);
            int n = 0;
            while (Math.hypot(zRe, zIm) < 2 && n < maxIterations) {
                Double nextRe = zRe * zRe - zIm * zIm + cRe;
                zIm = zRe * zIm + zIm * zRe + cIm;
                zRe = nextRe;
                n++;
            }
            output[i] = n;
        }
    }
}
