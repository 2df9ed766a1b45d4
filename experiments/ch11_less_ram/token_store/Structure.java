package dev.perflab.experiments.ch11.tokens;

import java.util.List;

/** The structures compared, by the value the experiment's {@code structure} param takes. */
public enum Structure {
    SORTED_ARRAY("sorted-array"),
    HASH_SET("hash-set"),
    TRIE("trie"),
    FST("fst");

    private final String value;

    Structure(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Structure of(String value) {
        for (Structure structure : values()) {
            if (structure.value.equals(value)) {
                return structure;
            }
        }
        throw new IllegalArgumentException("unknown structure '" + value + "'");
    }

    /** The structure holding {@code tokens} (distinct, in any order). */
    public TokenStore build(List<String> tokens) {
        return switch (this) {
            case SORTED_ARRAY -> new SortedArrayStore(tokens);
            case HASH_SET -> new HashSetStore(tokens);
            case TRIE -> new TrieStore(tokens);
            case FST -> new FstStore(tokens);
        };
    }
}
