package dev.perflab.run;

/** What is wrong with one field of a request: {@code field} is a path such as {@code params.workers}. */
public record FieldError(String field, String message) {}
