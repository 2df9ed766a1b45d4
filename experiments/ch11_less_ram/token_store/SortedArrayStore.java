package dev.perflab.experiments.ch11.tokens;

import java.util.Arrays;
import java.util.List;

/** The book's sorted list with {@code bisect}: a {@code String[]} in order, searched by halving. */
final class SortedArrayStore implements TokenStore {

    private final String[] tokens;

    SortedArrayStore(List<String> tokens) {
        this.tokens = tokens.toArray(String[]::new);
        Arrays.sort(this.tokens);
    }

    @Override
    public boolean contains(String token) {
        return Arrays.binarySearch(tokens, token) >= 0;
    }
}
