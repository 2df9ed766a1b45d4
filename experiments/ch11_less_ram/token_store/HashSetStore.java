package dev.perflab.experiments.ch11.tokens;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The book's {@code set}: a {@code HashSet<String>}, one hash-table entry object per token. */
final class HashSetStore implements TokenStore {

    private final Set<String> tokens;

    HashSetStore(List<String> tokens) {
        this.tokens = new HashSet<>(tokens);
    }

    @Override
    public boolean contains(String token) {
        return tokens.contains(token);
    }
}
