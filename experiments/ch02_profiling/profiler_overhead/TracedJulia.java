package dev.perflab.experiments.ch02.overhead;

import dev.perflab.experiments.ch02.julia.Complex;
import dev.perflab.experiments.ch02.julia.JuliaSet;
import java.util.List;

/**
 * The book's kernel with a {@link LineTracer} call before each statement of its inner loop, the
 * three lines line_profiler reports for {@code calculate_z_serial_purepython}. The buffer is
 * flushed after every row, so the events of one row at most are held at a time.
 */
final class TracedJulia {

    static final int WHILE_LINE = 0;
    static final int UPDATE_LINE = 1;
    static final int COUNT_LINE = 2;
    static final int LINES = 3;

    private TracedJulia() {}

    static long calcPurePython(int width, int maxIterations, LineTracer tracer) {
        JuliaSet.Coordinates coordinates = JuliaSet.buildCoordinates(width);
        int[] output = new int[coordinates.points()];
        for (int row = 0; row < coordinates.height(); row++) {
            int from = row * coordinates.width();
            calculateZTraced(
                    maxIterations,
                    coordinates.zs(),
                    coordinates.cs(),
                    output,
                    from,
                    from + coordinates.width(),
                    tracer);
            tracer.flush();
        }
        return JuliaSet.sum(output);
    }

    private static void calculateZTraced(
            int maxIterations, List<Complex> zs, List<Complex> cs, int[] output, int from, int to, LineTracer tracer) {
        for (int i = from; i < to; i++) {
            int n = 0;
            Complex z = zs.get(i);
            Complex c = cs.get(i);
            tracer.hit(WHILE_LINE);
            while (z.abs() < 2 && n < maxIterations) {
                tracer.hit(UPDATE_LINE);
                z = z.times(z).plus(c);
                tracer.hit(COUNT_LINE);
                n++;
                tracer.hit(WHILE_LINE);
            }
            output[i] = n;
        }
    }
}
