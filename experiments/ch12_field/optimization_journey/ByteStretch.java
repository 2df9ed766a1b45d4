package dev.perflab.experiments.ch12.journey;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Step 7's reader: counts the words that start in bytes {@code [from, to)} of a file, reading them
 * through one small buffer. A word cut by {@code from} belongs to the stretch before; one cut by
 * {@code to} is read to its end, past {@code to}.
 */
final class ByteStretch {

    /** Bytes read at a time. */
    static final int BUFFER_BYTES = 64 * 1024;

    private final WordTable table = new WordTable();
    private final long to;
    private byte[] word = new byte[64];
    private int length;
    private int hash;
    /** Inside a word that started before {@code from}. */
    private boolean skipping;

    private ByteStretch(long to) {
        this.to = to;
    }

    static WordTable count(Path corpus, long from, long to) throws IOException {
        ByteStretch stretch = new ByteStretch(to);
        try (FileChannel channel = FileChannel.open(corpus, StandardOpenOption.READ)) {
            stretch.skipping = from > 0 && letterAt(channel, from - 1);
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
            long position = from;
            boolean more = true;
            while (more) {
                buffer.clear();
                int read = channel.read(buffer, position);
                more = read > 0 && stretch.scan(buffer.array(), read, position);
                position += Math.max(read, 0);
            }
        }
        stretch.endWord();
        return stretch.table;
    }

    /** Counts the words in {@code bytes[0, read)}, which start at file offset {@code position}; false once past {@code to}. */
    private boolean scan(byte[] bytes, int read, long position) {
        for (int i = 0; i < read; i++) {
            int letter = Letters.lowerLetter(bytes[i]);
            if (letter < 0) {
                skipping = false;
                endWord();
            } else if (!skipping) {
                if (length == 0 && position + i >= to) {
                    return false;
                }
                if (length == word.length) {
                    word = Arrays.copyOf(word, length * 2);
                }
                word[length++] = (byte) letter;
                hash = WordTable.hashStep(hash, letter);
            }
        }
        return true;
    }

    private void endWord() {
        if (length > 0) {
            table.increment(word, length, hash);
            length = 0;
            hash = 0;
        }
    }

    private static boolean letterAt(FileChannel channel, long position) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, position);
        return Letters.lowerLetter(one.get(0)) >= 0;
    }
}
