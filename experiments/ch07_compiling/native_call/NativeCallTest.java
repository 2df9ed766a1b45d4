package dev.perflab.experiments.ch07.nativecall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NativeCallTest {

    @Test
    void cSqrtAgreesWithMathSqrtBitForBit() {
        for (double x : new double[] {0, 1, 2, 4, 0.25, 1e-300, 1e300, 123_456.789, Double.MIN_VALUE}) {
            assertThat(NativeFunctions.sqrt(x)).as("sqrt(" + x + ")").isEqualTo(Math.sqrt(x));
        }
        assertThat(NativeFunctions.sqrt(-1)).isNaN();
        assertThat(Work.sqrtNativePerElement(NativeCall.values(10_000, 3)))
                .isEqualTo(Work.sqrtJava(NativeCall.values(10_000, 3)));
    }

    @Test
    void sqrtOfPerfectSquaresSumsToOneToK() {
        double[] squares = new double[100];
        for (int i = 0; i < squares.length; i++) {
            squares[i] = (double) (i + 1) * (i + 1);
        }
        assertThat(Work.sqrtJava(squares)).isEqualTo(5050);
        assertThat(Work.sqrtNativePerElement(squares)).isEqualTo(5050);
    }

    @ParameterizedTest
    @EnumSource(
            value = NativeCall.Variant.class,
            names = {"COPY_JAVA_LOOP", "COPY_JAVA_BULK", "COPY_NATIVE_PER_ELEMENT", "COPY_NATIVE_BATCH"})
    void everyCopyCopiesExactlyNDoublesAndNoMore(NativeCall.Variant variant) {
        int n = 1_001;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment source = arena.allocate((long) (n + 1) * Double.BYTES, Double.BYTES);
            MemorySegment destination = arena.allocate((long) (n + 1) * Double.BYTES, Double.BYTES);
            for (int i = 0; i <= n; i++) {
                source.setAtIndex(ValueLayout.JAVA_DOUBLE, i, i * 1.5 + 1);
            }
            switch (variant) {
                case COPY_JAVA_LOOP -> Work.copyJavaLoop(destination, source, n);
                case COPY_JAVA_BULK -> Work.copyJavaBulk(destination, source, n);
                case COPY_NATIVE_PER_ELEMENT -> Work.copyNativePerElement(destination, source, n);
                default -> Work.copyNativeBatch(destination, source, n);
            }
            for (int i = 0; i < n; i++) {
                assertThat(destination.getAtIndex(ValueLayout.JAVA_DOUBLE, i)).isEqualTo(i * 1.5 + 1);
            }
            assertThat(destination.getAtIndex(ValueLayout.JAVA_DOUBLE, n)).isZero();
        }
    }

    @Test
    void memcpyRefusesMoreBytesThanTheSegmentsHold() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment small = arena.allocate(8);
            MemorySegment large = arena.allocate(64);
            assertThatThrownBy(() -> NativeFunctions.memcpy(small, large, 64))
                    .isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(NativeCall.Variant.class)
    void theBenchmarkPassesItsOwnCheckForEveryVariant(NativeCall.Variant variant) {
        NativeCall benchmark = benchmark(variant.name().toLowerCase().replace('_', '-'));
        benchmark.clearDestination();
        benchmark.run();
        benchmark.check();
        benchmark.release();
    }

    @Test
    void theBenchmarkFailsOnAWrongSumOrAnUnfinishedCopy() {
        NativeCall sums = benchmark("sqrt-native");
        sums.clearDestination();
        sums.lastSum = sums.run() + 1;
        assertThatThrownBy(sums::check).isInstanceOf(IllegalStateException.class);
        sums.release();

        NativeCall copies = benchmark("copy-native-batch");
        copies.clearDestination();
        assertThatThrownBy(copies::check).isInstanceOf(IllegalStateException.class);
        copies.release();
    }

    private static NativeCall benchmark(String variant) {
        NativeCall benchmark = new NativeCall();
        benchmark.n = 5_000;
        benchmark.variant = variant;
        benchmark.setUp();
        return benchmark;
    }
}
