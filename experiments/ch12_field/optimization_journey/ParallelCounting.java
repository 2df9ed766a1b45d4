package dev.perflab.experiments.ch12.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Steps 6 and 7: the text cut into one stretch per thread, each counted into its own {@link
 * WordTable}, the tables merged at the end. A word belongs to the stretch it starts in.
 */
final class ParallelCounting {

    private final ExecutorService pool;
    private final int threads;

    ParallelCounting(ExecutorService pool, int threads) {
        this.pool = pool;
        this.threads = threads;
    }

    /** Step 6: step 5 with the String's characters split between the threads. */
    TopWords parallel(Path corpus, int k) throws IOException {
        String text = Files.readString(corpus, StandardCharsets.US_ASCII);
        List<Callable<WordTable>> stretches = new ArrayList<>(threads);
        int from = 0;
        for (int t = 1; t <= threads; t++) {
            int to = t == threads ? text.length() : wordStart(text, (int) ((long) text.length() * t / threads));
            int start = from;
            stretches.add(() -> {
                WordTable table = new WordTable();
                TableCounting.countChars(text, start, to, table);
                return table;
            });
            from = Math.max(from, to);
        }
        return merged(stretches).rankedByHeap(k);
    }

    /** Step 7: no String at all: each thread reads its stretch of the file's bytes through a small buffer. */
    TopWords byteStreaming(Path corpus, int k) throws IOException {
        long size = Files.size(corpus);
        List<Callable<WordTable>> stretches = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            long from = size * t / threads;
            long to = size * (t + 1) / threads;
            stretches.add(() -> ByteStretch.count(corpus, from, to));
        }
        return merged(stretches).rankedByHeap(k);
    }

    /** The first position at or after {@code at} that is not inside a word. */
    private static int wordStart(String text, int at) {
        while (at < text.length() && Letters.lowerLetter(text.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    private WordTable merged(List<Callable<WordTable>> stretches) throws IOException {
        try {
            List<Future<WordTable>> counted = pool.invokeAll(stretches);
            WordTable all = counted.get(0).get();
            for (int t = 1; t < counted.size(); t++) {
                all.addAll(counted.get(t).get());
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while counting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new UncheckedIOException(new IOException("a counting thread failed", e.getCause()));
        }
    }
}
