package dev.perflab.experiments.ch07.nativecall;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The two jobs, each done in Java and through C. Square roots: the sum of the square roots of n
 * doubles, by Java's {@code Math.sqrt} or one C {@code sqrt} call per element. Copying: n doubles
 * from one native segment to another, element by element in Java, in bulk in Java
 * ({@code MemorySegment.copy}), by one C {@code memcpy} per element, or by one {@code memcpy} for
 * all of them.
 */
final class Work {

    private Work() {}

    static double sqrtJava(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += Math.sqrt(value);
        }
        return sum;
    }

    static double sqrtNativePerElement(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += NativeFunctions.sqrt(value);
        }
        return sum;
    }

    static void copyJavaLoop(MemorySegment destination, MemorySegment source, int n) {
        for (long i = 0; i < n; i++) {
            destination.setAtIndex(ValueLayout.JAVA_DOUBLE, i, source.getAtIndex(ValueLayout.JAVA_DOUBLE, i));
        }
    }

    static void copyJavaBulk(MemorySegment destination, MemorySegment source, int n) {
        MemorySegment.copy(source, 0, destination, 0, n * Double.BYTES);
    }

    static void copyNativePerElement(MemorySegment destination, MemorySegment source, int n) {
        for (long offset = 0; offset < (long) n * Double.BYTES; offset += Double.BYTES) {
            NativeFunctions.memcpy(
                    destination.asSlice(offset, Double.BYTES), source.asSlice(offset, Double.BYTES), Double.BYTES);
        }
    }

    static void copyNativeBatch(MemorySegment destination, MemorySegment source, int n) {
        NativeFunctions.memcpy(destination, source, (long) n * Double.BYTES);
    }
}
