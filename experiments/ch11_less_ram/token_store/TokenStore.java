package dev.perflab.experiments.ch11.tokens;

/** A set of tokens built once from a sorted, distinct array and then only asked whether it holds one. */
public interface TokenStore {

    boolean contains(String token);
}
