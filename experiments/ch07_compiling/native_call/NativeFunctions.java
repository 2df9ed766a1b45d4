package dev.perflab.experiments.ch07.nativecall;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Two C functions the C library already has, bound through the FFM API (java.lang.foreign): libm's
 * {@code double sqrt(double)} and libc's {@code void *memcpy(void *, const void *, size_t)}. No C
 * compiler is needed: the linker's default lookup finds them in the libraries the JVM has loaded.
 */
final class NativeFunctions {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle SQRT = LINKER.downcallHandle(
            LINKER.defaultLookup().findOrThrow("sqrt"),
            FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE));
    private static final MethodHandle MEMCPY = LINKER.downcallHandle(
            LINKER.defaultLookup().findOrThrow("memcpy"),
            FunctionDescriptor.of(
                    ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));

    private NativeFunctions() {}

    /** C's {@code sqrt(x)}: one call into native code. */
    static double sqrt(double x) {
        try {
            return (double) SQRT.invokeExact(x);
        } catch (Throwable e) {
            throw new IllegalStateException("sqrt failed", e);
        }
    }

    /** C's {@code memcpy(destination, source, bytes)}: one call into native code, however many bytes. */
    static void memcpy(MemorySegment destination, MemorySegment source, long bytes) {
        if (bytes > destination.byteSize() || bytes > source.byteSize()) {
            throw new IndexOutOfBoundsException(bytes + " bytes do not fit the segments");
        }
        try {
            MemorySegment ignored = (MemorySegment) MEMCPY.invokeExact(destination, source, bytes);
        } catch (Throwable e) {
            throw new IllegalStateException("memcpy failed", e);
        }
    }
}
