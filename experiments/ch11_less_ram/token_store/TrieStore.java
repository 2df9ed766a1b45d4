package dev.perflab.experiments.ch11.tokens;

import java.util.Arrays;
import java.util.List;

/**
 * A trie of objects, as one is first written: a node per distinct prefix, holding its children's
 * characters in a sorted {@code char[]} (binary-searched) beside an array of the child nodes.
 * Tokens sharing a beginning share its nodes; the ends are not shared.
 */
final class TrieStore implements TokenStore {

    private static final char[] NO_LABELS = new char[0];
    private static final Node[] NO_CHILDREN = new Node[0];

    private final Node root = new Node();

    TrieStore(List<String> tokens) {
        for (String token : tokens) {
            Node node = root;
            for (int i = 0; i < token.length(); i++) {
                node = node.childOrNew(token.charAt(i));
            }
            node.terminal = true;
        }
    }

    @Override
    public boolean contains(String token) {
        Node node = root;
        for (int i = 0; i < token.length() && node != null; i++) {
            node = node.child(token.charAt(i));
        }
        return node != null && node.terminal;
    }

    private static final class Node {
        char[] labels = NO_LABELS;
        Node[] children = NO_CHILDREN;
        boolean terminal;

        Node child(char label) {
            int at = Arrays.binarySearch(labels, label);
            return at >= 0 ? children[at] : null;
        }

        Node childOrNew(char label) {
            int at = Arrays.binarySearch(labels, label);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            int size = labels.length;
            char[] grownLabels = new char[size + 1];
            Node[] grownChildren = new Node[size + 1];
            System.arraycopy(labels, 0, grownLabels, 0, insert);
            System.arraycopy(children, 0, grownChildren, 0, insert);
            System.arraycopy(labels, insert, grownLabels, insert + 1, size - insert);
            System.arraycopy(children, insert, grownChildren, insert + 1, size - insert);
            Node child = new Node();
            grownLabels[insert] = label;
            grownChildren[insert] = child;
            labels = grownLabels;
            children = grownChildren;
            return child;
        }
    }
}
