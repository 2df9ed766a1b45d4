package dev.perflab.experiments.ch04.hashquality;

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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time for one {@code HashMap.get} of a key that is in the map, among {@code n} keys whose hash is
 * {@code hash} and which are or are not Comparable ({@code keys}). The probes visit every key once
 * per cycle, in a seeded random order.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HashLookup {

    @Param("1000")
    public int n;

    @Param("good")
    public String hash;

    @Param("comparable")
    public String keys;

    private KeyTable table;
    private int next;
    private long lookups;
    private long misses;

    @Setup(Level.Trial)
    public void build() {
        table = new KeyTable(n, HashQuality.of(hash), Key.Kind.of(keys), 20_260_104L);
        if (table.size() != n) {
            throw new IllegalStateException("the map holds " + table.size() + " keys, expected " + n);
        }
    }

    @Benchmark
    public int lookup() {
        int i = next;
        next = i + 1 == n ? 0 : i + 1;
        Key probe = table.probe(i);
        int found = table.lookup(probe);
        lookups++;
        if (found != probe.id) {
            misses++;
        }
        return found;
    }

    /** A fast wrong lookup is not a result: the run fails if any lookup missed its key's value. */
    @TearDown(Level.Iteration)
    public void checkLookups() {
        if (misses != 0 || lookups == 0) {
            throw new IllegalStateException(misses + " of " + lookups + " lookups among " + n + " " + keys
                    + " keys with a " + hash + " hash did not find their value");
        }
    }
}
