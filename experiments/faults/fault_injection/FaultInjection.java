package dev.perflab.experiments.faults;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A benchmark that works normally for {@code healthyIterations} iterations (warm-up and
 * measurement counted together), then commits {@code fault}. Only the lab's fault tests run it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FaultInjection {

    @Param("none")
    public String fault;

    @Param("2")
    public int healthyIterations;

    private int iteration;
    private long seed = 1;

    @Setup(Level.Iteration)
    public void nextIteration() {
        iteration++;
    }

    @Benchmark
    public long work() throws Exception {
        if (iteration > healthyIterations) {
            strike();
        }
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return seed;
    }

    private void strike() throws Exception {
        switch (fault) {
            case "none" -> {}
            case "exit" -> System.exit(3);
            case "out-of-memory" -> {
                List<long[]> hoard = new ArrayList<>();
                while (true) {
                    hoard.add(new long[16 * 1024 * 1024]);
                }
            }
            case "stack-overflow" -> recurse(0);
            case "crash" -> crash();
            case "hang" -> Thread.sleep(Long.MAX_VALUE);
            default -> throw new IllegalArgumentException("no fault " + fault);
        }
    }

    private static long recurse(long depth) {
        return recurse(depth + 1) + 1;
    }

    /** A write to address 0 through sun.misc.Unsafe: the JVM dies with SIGSEGV and an hs_err file. */
    private static void crash() throws ReflectiveOperationException {
        Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
        Field field = unsafeClass.getDeclaredField("theUnsafe");
        field.setAccessible(true);
        Object unsafe = field.get(null);
        unsafeClass.getMethod("putAddress", long.class, long.class).invoke(unsafe, 0L, 42L);
    }
}
