package dev.perflab.experiments.ch04.unique;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
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

/** Time to de-duplicate {@code n} names, {@code uniquePercent} % of them distinct, by {@code method}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class UniqueNames {

    @Param("10000")
    public int n;

    @Param("75")
    public int uniquePercent;

    @Param("hash-set")
    public String method;

    private Deduplication deduplication;
    private NameBook book;
    private Set<String> expected;
    private Collection<String> lastUnique;

    @Setup(Level.Trial)
    public void generate() {
        deduplication = Deduplication.of(method);
        book = NameBook.generate(n, NameBook.uniqueCount(n, uniquePercent), 20_260_404L);
        expected = new HashSet<>(book.distinct());
    }

    @Benchmark
    public Collection<String> deduplicate() {
        lastUnique = deduplication.unique(book.names());
        return lastUnique;
    }

    /** A fast wrong answer is not a result: the run fails unless the last answer is the distinct names, each once. */
    @TearDown(Level.Iteration)
    public void checkUnique() {
        if (lastUnique == null || lastUnique.size() != expected.size() || !expected.equals(new HashSet<>(lastUnique))) {
            throw new IllegalStateException(method + " kept "
                    + (lastUnique == null ? "nothing" : lastUnique.size() + " names") + " of " + n + ", expected the "
                    + expected.size() + " distinct ones");
        }
    }
}
