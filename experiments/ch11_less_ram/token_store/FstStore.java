package dev.perflab.experiments.ch11.tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.NoOutputs;
import org.apache.lucene.util.fst.Util;

/**
 * Lucene's {@link FST} without outputs: a minimal acyclic automaton over the tokens' UTF-8 bytes,
 * which shares their endings as well as their beginnings (the book's DAWG), compiled into one
 * compact byte array of arcs. Lucene builds it from tokens added in sorted byte order.
 */
final class FstStore implements TokenStore {

    private final FST<Object> fst;
    /** Reused for every lookup: the benchmark asks from one thread. */
    private final BytesRefBuilder scratch = new BytesRefBuilder();

    FstStore(List<String> tokens) {
        String[] sorted = tokens.toArray(String[]::new);
        // String order is UTF-16 order, the same as UTF-8 byte order for the ASCII tokens here;
        // the compiler rejects a token out of order, so a non-ASCII token would fail the build.
        Arrays.sort(sorted);
        try {
            FSTCompiler<Object> compiler =
                    new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE1, NoOutputs.getSingleton()).build();
            IntsRefBuilder input = new IntsRefBuilder();
            for (String token : sorted) {
                compiler.add(
                        Util.toIntsRef(new BytesRef(token), input),
                        NoOutputs.getSingleton().getNoOutput());
            }
            fst = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
        } catch (IOException e) {
            throw new UncheckedIOException("building the FST in memory failed", e);
        }
    }

    @Override
    public boolean contains(String token) {
        scratch.copyChars(token);
        try {
            return Util.get(fst, scratch.get()) != null;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the FST in memory failed", e);
        }
    }
}
