package dev.perflab.experiments.ch02.overhead;

import dev.perflab.experiments.ch02.julia.JuliaSet;

/**
 * The book's {@code @timefn} and {@code time.time()} calls in Java: the same program with
 * {@link System#nanoTime()} read around each stage and around each row of the kernel, the
 * elapsed times added up in fields, as hand-written timing code does.
 */
final class StageTimers {

    long coordinatesNanos;
    long kernelNanos;
    long sumNanos;
    long rowNanos;
    long rows;

    long calcPurePython(int width, int maxIterations) {
        long start = System.nanoTime();
        JuliaSet.Coordinates coordinates = JuliaSet.buildCoordinates(width);
        long built = System.nanoTime();
        coordinatesNanos += built - start;

        int[] output = new int[coordinates.points()];
        for (int row = 0; row < coordinates.height(); row++) {
            long rowStart = System.nanoTime();
            int from = row * coordinates.width();
            JuliaSet.calculateZSerial(
                    maxIterations, coordinates.zs(), coordinates.cs(), output, from, from + coordinates.width());
            rowNanos += System.nanoTime() - rowStart;
            rows++;
        }
        long computed = System.nanoTime();
        kernelNanos += computed - built;

        long sum = JuliaSet.sum(output);
        sumNanos += System.nanoTime() - computed;
        return sum;
    }
}
