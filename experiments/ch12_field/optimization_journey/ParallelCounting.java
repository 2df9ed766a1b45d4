package dev.perflab.experiments.ch12.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** Bytes each thread reads at a time in step 7. */
    static final int BUFFER_BYTES = 64 * 1024;

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
            stretches.add(() -> countBytes(corpus, from, to));
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

    /**
     * Counts the words that start in bytes {@code [from, to)} of the file. A word cut by {@code
     * from} belongs to the stretch before; one cut by {@code to} is read to its end.
     */
    static WordTable countBytes(Path corpus, long from, long to) throws IOException {
        WordTable table = new WordTable();
        try (FileChannel channel = FileChannel.open(corpus, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
            byte[] bytes = buffer.array();
            byte[] word = new byte[64];
            int length = 0;
            int hash = 0;
            // Starting inside a word (the byte before is a letter): skip to its end.
            boolean skipping = from > 0 && startsInsideWord(channel, from);
            long position = from;
            while (true) {
                buffer.clear();
                int read = channel.read(buffer, position);
                if (read <= 0) {
                    break;
                }
                for (int i = 0; i < read; i++) {
                    int letter = Letters.lowerLetter(bytes[i]);
                    if (letter >= 0) {
                        if (skipping) {
                            continue;
                        }
                        if (length == 0 && position + i >= to) {
                            return table;
                        }
                        if (length == word.length) {
                            word = Arrays.copyOf(word, length * 2);
                        }
                        word[length++] = (byte) letter;
                        hash = WordTable.hashStep(hash, letter);
                    } else {
                        skipping = false;
                        if (length > 0) {
                            table.increment(word, length, hash);
                            length = 0;
                            hash = 0;
                        }
                    }
                }
                position += read;
            }
            if (length > 0) {
                table.increment(word, length, hash);
            }
        }
        return table;
    }

    private static boolean startsInsideWord(FileChannel channel, long from) throws IOException {
        ByteBuffer before = ByteBuffer.allocate(1);
        channel.read(before, from - 1);
        return Letters.lowerLetter(before.get(0)) >= 0;
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
