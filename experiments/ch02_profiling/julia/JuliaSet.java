package dev.perflab.experiments.ch02.julia;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;

/**
 * The book's pure-Python Julia set ({@code julia1_nopil.py}) written as plain Java: build the
 * lists of complex coordinates {@code zs} and constants {@code cs}, then iterate z = z² + c for
 * every point while |z| &lt; 2 and n &lt; maxIterations, recording n. The structure follows the
 * book's functions so that a profile of it reads like the book's.
 */
public final class JuliaSet {

    /** The region of the complex plane: x and y from −1.8 to 1.8. */
    public static final double X1 = -1.8;

    public static final double X2 = 1.8;
    public static final double Y1 = -1.8;
    public static final double Y2 = 1.8;

    /** The book's c = −0.62772 − 0.42193i. */
    public static final Complex C = new Complex(-0.62772, -0.42193);

    /** The book's run: {@code desired_width = 1000}, {@code max_iterations = 300}. */
    public static final int BOOK_WIDTH = 1000;

    public static final int BOOK_MAX_ITERATIONS = 300;

    /** {@code assert sum(output) == 33219980}: the book's check of its run. */
    public static final long BOOK_SUM = 33_219_980L;

    private JuliaSet() {}

    /** The inputs of the kernel: one start value z and one constant c per point, row by row. */
    public record Coordinates(List<Complex> zs, List<Complex> cs, int width, int height) {

        public int points() {
            return zs.size();
        }
    }

    /**
     * The book's {@code calc_pure_python} up to the kernel call: one new {@link Complex} per point
     * for z and for c, appended to lists. The x and y coordinates are built by adding a step
     * repeatedly, as the book does, so rounding makes the same grid (a side can come out one
     * longer than {@code width}).
     */
    public static Coordinates buildCoordinates(int width) {
        double[] x = xCoordinates(width);
        double[] y = yCoordinates(width);
        List<Complex> zs = new ArrayList<>();
        List<Complex> cs = new ArrayList<>();
        for (double yc : y) {
            for (double xc : x) {
                zs.add(new Complex(xc, yc));
                cs.add(new Complex(C.re(), C.im()));
            }
        }
        return new Coordinates(zs, cs, x.length, y.length);
    }

    /** The book's {@code while xcoord < x2: x.append(xcoord); xcoord += x_step}. */
    public static double[] xCoordinates(int width) {
        double xStep = (X2 - X1) / width;
        return DoubleStream.iterate(X1, x -> x < X2, x -> x + xStep).toArray();
    }

    /** The book's {@code while ycoord > y1: y.append(ycoord); ycoord += y_step}: top row first. */
    public static double[] yCoordinates(int width) {
        double yStep = (Y1 - Y2) / width;
        return DoubleStream.iterate(Y2, y -> y > Y1, y -> y + yStep).toArray();
    }

    /** The book's {@code calculate_z_serial_purepython}: the iteration count of every point. */
    public static int[] calculateZSerial(int maxIterations, List<Complex> zs, List<Complex> cs) {
        int[] output = new int[zs.size()];
        calculateZSerial(maxIterations, zs, cs, output, 0, zs.size());
        return output;
    }

    /** The kernel over the points {@code from} (inclusive) to {@code to} (exclusive), e.g. one row. */
    public static void calculateZSerial(
            int maxIterations, List<Complex> zs, List<Complex> cs, int[] output, int from, int to) {
        for (int i = from; i < to; i++) {
            int n = 0;
            Complex z = zs.get(i);
            Complex c = cs.get(i);
            while (z.abs() < 2 && n < maxIterations) {
                z = z.times(z).plus(c);
                n++;
            }
            output[i] = n;
        }
    }

    /** The whole book program: coordinates, kernel, and the sum it asserts. */
    public static long calcPurePython(int width, int maxIterations) {
        Coordinates coordinates = buildCoordinates(width);
        return sum(calculateZSerial(maxIterations, coordinates.zs(), coordinates.cs()));
    }

    public static long sum(int[] output) {
        long sum = 0;
        for (int n : output) {
            sum += n;
        }
        return sum;
    }

    public static boolean isBookRun(int width, int maxIterations) {
        return width == BOOK_WIDTH && maxIterations == BOOK_MAX_ITERATIONS;
    }
}
