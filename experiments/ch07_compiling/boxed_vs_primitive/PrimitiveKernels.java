package dev.perflab.experiments.ch07.boxedvsprimitive;

import dev.perflab.experiments.ch02.julia.JuliaArrays;

/**
 * The Julia kernel on primitive doubles, the two steps of the book's typed Cython: with the book's
 * {@code abs(z) < 2} still a call ({@code Math.hypot}, as Cython's typed {@code abs} is), and with
 * the maths expanded by hand, |z|² = re² + im² compared with 4, so no square root and no call.
 * Both write into an array the caller owns, so a pass allocates nothing.
 */
final class PrimitiveKernels {

    private PrimitiveKernels() {}

    /** Cython with C types ({@code cythonfn2.pyx}): primitive doubles, {@code abs(z)} still computed. */
    static void calculateZWithAbs(int maxIterations, JuliaArrays.Grid grid, double cRe, double cIm, int[] output) {
        double[] re = grid.re();
        double[] im = grid.im();
        for (int i = 0; i < output.length; i++) {
            double zRe = re[i];
            double zIm = im[i];
            int n = 0;
            while (Math.hypot(zRe, zIm) < 2 && n < maxIterations) {
                double nextRe = zRe * zRe - zIm * zIm + cRe;
                zIm = zRe * zIm + zIm * zRe + cIm;
                zRe = nextRe;
                n++;
            }
            output[i] = n;
        }
    }

    /** Cython's expanded maths ({@code cythonfn.pyx}): {@code z.real*z.real + z.imag*z.imag < 4}. */
    static void calculateZExpanded(int maxIterations, JuliaArrays.Grid grid, double cRe, double cIm, int[] output) {
        double[] re = grid.re();
        double[] im = grid.im();
        for (int i = 0; i < output.length; i++) {
            double zRe = re[i];
            double zIm = im[i];
            int n = 0;
            while (zRe * zRe + zIm * zIm < 4 && n < maxIterations) {
                double nextRe = zRe * zRe - zIm * zIm + cRe;
                zIm = zRe * zIm + zIm * zRe + cIm;
                zRe = nextRe;
                n++;
            }
            output[i] = n;
        }
    }
}
