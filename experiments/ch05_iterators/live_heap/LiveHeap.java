package dev.perflab.experiments.ch05.liveheap;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Iterator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The most heap that reading a sequence once keeps reachable, measured in this JVM by its garbage
 * collector: the heap in use after full collections ({@code System.gc()}, see {@link
 * #reachableBytes()}) before the sequence is made is the baseline; while it is read, the same at
 * the first element, after every eighth of the elements and at the last gives what the sequence,
 * its reader and what they hold keep alive. The highest of those samples minus the baseline is the
 * peak.
 *
 * <p>Only reachable objects count. Heap occupancy without a collection ({@code MemoryPoolMXBean}
 * peaks) also counts garbage not yet collected, and so says more about when the collector last ran
 * than about the program: a lazy sequence's dead elements pile up in the young generation until the
 * next collection just as a list's live ones do.
 */
public final class LiveHeap {

    /** Sample points split a run into this many equal stretches: nine samples in all. */
    public static final int STRETCHES = 8;

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final double BYTES_PER_MEBIBYTE = 1024.0 * 1024.0;
    /** Full collections a sample may take before it settles for the lowest figure seen. */
    private static final int MAX_COLLECTIONS = 4;

    private LiveHeap() {}

    /**
     * Reads the sequence {@code source} makes once with {@code read}, sampling the reachable heap,
     * after one read without samples. {@code source} is called after the baseline, so whatever it
     * builds before the first element (a whole list) counts.
     *
     * @param elements how many elements the sequence has, at least one
     */
    public static <T, R> Peak<R> whileReading(
            Supplier<Iterator<T>> source, long elements, Function<Iterator<T>, R> read) {
        // A rehearsal loads every class the read uses, and the baseline then includes their objects
        // on the heap (class mirrors, resolved constants), which are no part of the sequence.
        read.apply(new Sampling<>(source.get(), new long[0]));
        long baseline = reachableBytes();
        Sampling<T> sampling = new Sampling<>(source.get(), samplePoints(elements));
        R result = read.apply(sampling);
        return new Peak<>(sampling.finished() - baseline, sampling.taken, result);
    }

    /**
     * Bytes in use on the heap after full collections, repeated until one frees nothing more: what
     * is still reachable. One is not always enough: after hundreds of MiB of garbage, the serial and
     * parallel collectors' first full collection left about 5 MiB that the next one freed.
     */
    static long reachableBytes() {
        long used = collectedBytes();
        for (int round = 1; round < MAX_COLLECTIONS; round++) {
            long again = collectedBytes();
            if (again >= used) {
                break;
            }
            used = again;
        }
        return used;
    }

    private static long collectedBytes() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** Element indexes at which to sample: 0, every eighth of the way, and the last; no repeats. */
    static double iterationShare(double figure, int forks, int measurementIterations) {
        return figure / (Math.max(forks, 1) * measurementIterations);
    }

    static long[] samplePoints(long elements) {
        if (elements < 1) {
            throw new IllegalArgumentException("a sequence to sample needs at least one element: " + elements);
        }
        return LongStream.rangeClosed(0, STRETCHES)
                .map(k -> k * (elements - 1) / STRETCHES)
                .distinct()
                .toArray();
    }

    /**
     * @param bytes the highest reachable heap while reading, less the baseline before the sequence
     * @param samples how many samples were taken
     * @param result what reading produced
     */
    public record Peak<R>(long bytes, int samples, R result) {

        public double mebibytes() {
            return bytes / BYTES_PER_MEBIBYTE;
        }

        /** What one iteration reports in {@link HeapCounters} so that JMH's sum over the run is the peak. */
        public double iterationShareMiB(BenchmarkParams benchmark) {
            return iterationShare(
                    mebibytes(),
                    benchmark.getForks(),
                    benchmark.getMeasurement().getCount());
        }
    }

    /** Passes the elements through, sampling just after handing out each one at a sample point. */
    private static final class Sampling<T> implements Iterator<T> {

        private final Iterator<T> source;
        private final long[] points;
        private long index;
        private int taken;
        private long highest = Long.MIN_VALUE;

        Sampling(Iterator<T> source, long[] points) {
            this.source = source;
            this.points = points;
        }

        @Override
        public boolean hasNext() {
            return source.hasNext();
        }

        @Override
        public T next() {
            T element = source.next();
            if (taken < points.length && index == points[taken]) {
                highest = Math.max(highest, reachableBytes());
                taken++;
            }
            index++;
            return element;
        }

        /** The highest sample; a sequence shorter than announced would leave the peak unsampled. */
        long finished() {
            if (taken < points.length) {
                throw new IllegalStateException(
                        "the sequence ended after " + index + " elements, before sample point " + points[taken]);
            }
            return highest;
        }
    }
}
