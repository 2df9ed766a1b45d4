package dev.perflab.experiments.ch03.tuple;

/** Four ints as a record: Java's nearest thing to the book's fixed, immutable tuple. */
record Quad(int first, int second, int third, int fourth) {}
