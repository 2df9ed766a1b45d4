package dev.perflab.experiments.ch07.jittiers;

import dev.perflab.experiments.ch02.julia.JuliaArrays;
import dev.perflab.experiments.ch02.julia.JuliaSet;

/** The Julia kernels each tier runs: the book's, on objects, and the one on primitive doubles. */
enum Kernel {
    /** Chapter 2's kernel as the book wrote it: a new {@code Complex} per step, {@code abs(z)} via hypot. */
    COMPLEX_OBJECT("complex-object") {
        @Override
        Pass prepare(int size) {
            JuliaSet.Coordinates coordinates = JuliaSet.buildCoordinates(size);
            return maxIterations ->
                    JuliaSet.sum(JuliaSet.calculateZSerial(maxIterations, coordinates.zs(), coordinates.cs()));
        }

        @Override
        long crossCheck(int size, int maxIterations) {
            return JuliaArrays.calcArrays(size, maxIterations);
        }
    },
    /** Chapter 2's kernel on primitive arrays, |z|² &lt; 4 written out: what the JIT compiles best. */
    PRIMITIVE_EXPANDED("primitive-expanded") {
        @Override
        Pass prepare(int size) {
            JuliaArrays.Grid grid = JuliaArrays.buildGrid(size);
            return maxIterations -> JuliaSet.sum(JuliaArrays.calculateZ(maxIterations, grid, JuliaSet.C));
        }

        @Override
        long crossCheck(int size, int maxIterations) {
            return JuliaSet.calcPurePython(size, maxIterations);
        }
    };

    /** One pass over a grid built once: the sum of every point's iteration count. */
    interface Pass {
        long run(int maxIterations);
    }

    final String id;

    Kernel(String id) {
        this.id = id;
    }

    /** Builds the kernel's inputs for a grid of {@code size} points a side. */
    abstract Pass prepare(int size);

    /** The sum by the other kernel, written independently: the figure a pass must reproduce off the book's run. */
    abstract long crossCheck(int size, int maxIterations);

    static Kernel of(String id) {
        for (Kernel kernel : values()) {
            if (kernel.id.equals(id)) {
                return kernel;
            }
        }
        throw new IllegalArgumentException("unknown kernel " + id);
    }
}
