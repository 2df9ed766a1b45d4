package dev.perflab.experiments.ch02.julia;

/**
 * The Julia set after profiling: the same grid and iteration as {@link JuliaSet}, with the two
 * costs a profile of the book's version points at removed. The coordinates are two
 * {@code double[]} arrays instead of lists of objects, and the escape test compares |z|² with 4
 * instead of calling {@code hypot}, whose overflow-safe scaling dominates the book version's
 * profile. Its sums equal the book version's (checked over many sizes in the test).
 */
public final class JuliaArrays {

    private JuliaArrays() {}

    /** The start values of every point, row by row: z = re[i] + im[i]·i. */
    public record Grid(double[] re, double[] im, int width, int height) {

        public int points() {
            return re.length;
        }
    }

    public static Grid buildGrid(int width) {
        double[] x = JuliaSet.xCoordinates(width);
        double[] y = JuliaSet.yCoordinates(width);
        double[] re = new double[x.length * y.length];
        double[] im = new double[re.length];
        for (int row = 0; row < y.length; row++) {
            for (int column = 0; column < x.length; column++) {
                re[row * x.length + column] = x[column];
                im[row * x.length + column] = y[row];
            }
        }
        return new Grid(re, im, x.length, y.length);
    }

    /** The iteration count of every point, with z = z² + c on primitive doubles. */
    public static int[] calculateZ(int maxIterations, Grid grid, Complex c) {
        double cRe = c.re();
        double cIm = c.im();
        int[] output = new int[grid.points()];
        for (int i = 0; i < output.length; i++) {
            double zRe = grid.re()[i];
            double zIm = grid.im()[i];
            int n = 0;
            while (zRe * zRe + zIm * zIm < 4 && n < maxIterations) {
                // The same products in the same order as Complex.times, so the sums match the book's.
                double nextRe = zRe * zRe - zIm * zIm + cRe;
                zIm = zRe * zIm + zIm * zRe + cIm;
                zRe = nextRe;
                n++;
            }
            output[i] = n;
        }
        return output;
    }

    /** The whole program on arrays: grid, kernel, sum. */
    public static long calcArrays(int width, int maxIterations) {
        return JuliaSet.sum(calculateZ(maxIterations, buildGrid(width), JuliaSet.C));
    }
}
