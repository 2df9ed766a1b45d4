package dev.perflab.experiments.ch07.boxedvsprimitive;

import dev.perflab.experiments.ch02.julia.JuliaArrays;
import dev.perflab.experiments.ch02.julia.JuliaSet;

/** The kernels compared: how z is held, and how its size is tested. */
enum Variant {
    /** The book's kernel as chapter 2 has it: a new {@code Complex} per step, {@code abs(z)} via hypot. */
    COMPLEX_OBJECT("complex-object") {
        @Override
        Pass prepare(int size) {
            JuliaSet.Coordinates coordinates = JuliaSet.buildCoordinates(size);
            return (maxIterations, output) -> JuliaSet.calculateZSerial(
                    maxIterations, coordinates.zs(), coordinates.cs(), output, 0, output.length);
        }
    },
    /** z's parts as boxed {@code Double}s, {@code abs(z)} via hypot. */
    BOXED_DOUBLE("boxed-double") {
        @Override
        Pass prepare(int size) {
            BoxedKernel.Inputs inputs = BoxedKernel.Inputs.of(JuliaArrays.buildGrid(size));
            Double cRe = JuliaSet.C.re();
            Double cIm = JuliaSet.C.im();
            return (maxIterations, output) -> BoxedKernel.calculateZ(maxIterations, inputs, cRe, cIm, output);
        }
    },
    /** Primitive doubles, {@code abs(z)} via hypot: the book's Cython with C types. */
    PRIMITIVE_ABS("primitive-abs") {
        @Override
        Pass prepare(int size) {
            JuliaArrays.Grid grid = JuliaArrays.buildGrid(size);
            double cRe = JuliaSet.C.re();
            double cIm = JuliaSet.C.im();
            return (maxIterations, output) -> PrimitiveKernels.calculateZWithAbs(maxIterations, grid, cRe, cIm, output);
        }
    },
    /** Primitive doubles, |z|² &lt; 4 written out: the book's Cython with expanded maths. */
    PRIMITIVE_EXPANDED("primitive-expanded") {
        @Override
        Pass prepare(int size) {
            JuliaArrays.Grid grid = JuliaArrays.buildGrid(size);
            double cRe = JuliaSet.C.re();
            double cIm = JuliaSet.C.im();
            return (maxIterations, output) ->
                    PrimitiveKernels.calculateZExpanded(maxIterations, grid, cRe, cIm, output);
        }
    };

    /** One pass of a kernel over inputs built once: fills {@code output} with the iteration counts. */
    interface Pass {
        void run(int maxIterations, int[] output);
    }

    final String id;

    Variant(String id) {
        this.id = id;
    }

    /** Builds the kernel's inputs for a grid of {@code size} points a side. */
    abstract Pass prepare(int size);

    static Variant of(String id) {
        for (Variant variant : values()) {
            if (variant.id.equals(id)) {
                return variant;
            }
        }
        throw new IllegalArgumentException("unknown variant " + id);
    }
}
