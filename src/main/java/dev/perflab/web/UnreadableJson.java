package dev.perflab.web;

import dev.perflab.run.FieldError;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Why Jackson could not read a request, said as a field error. Text that is not JSON is the
 * {@code body}'s fault (the message says where it broke); JSON of the wrong shape, or with a key
 * given twice, names the path of that key ({@code params}, {@code params.workers}). The message
 * never shows Java types.
 */
final class UnreadableJson {

    private static final int MAX_MESSAGE = 200;

    private UnreadableJson() {}

    static FieldError error(JacksonException e) {
        if (valuesRead(e) > 1) {
            return new FieldError("body", "is not valid JSON: it holds more than one value");
        }
        String path = String.join(".", names(e));
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new FieldError(path.isEmpty() ? "body" : path, "must be " + kind(mismatch.getTargetType()));
        }
        String reason = firstClause(e.getOriginalMessage());
        // Jackson says so only in words; the check is pinned by a test that sends duplicated keys.
        if (reason.startsWith("Duplicate Object property") && !path.isEmpty()) {
            return new FieldError(path, "is given more than once");
        }
        return new FieldError("body", "is not valid JSON" + (path.isEmpty() ? "" : " at " + path) + ": " + reason);
    }

    /**
     * Property names only: list positions mean nothing to a person reading the error. The parser's
     * position is the deepest (it includes a duplicated key); the bound path is the fallback.
     */
    private static Deque<String> names(JacksonException e) {
        Deque<String> names = new ArrayDeque<>();
        if (e.processor() instanceof JsonParser parser) {
            for (TokenStreamContext context = parser.streamReadContext();
                    context != null;
                    context = context.getParent()) {
                if (context.inObject() && context.currentName() != null) {
                    names.addFirst(context.currentName());
                }
            }
        } else {
            e.getPath().stream()
                    .map(JacksonException.Reference::getPropertyName)
                    .filter(name -> name != null)
                    .forEach(names::addLast);
        }
        return names;
    }

    /** How many top-level values the parser had started when it stopped. */
    private static int valuesRead(JacksonException e) {
        if (!(e.processor() instanceof JsonParser parser)) {
            return 1;
        }
        TokenStreamContext context = parser.streamReadContext();
        while (context.getParent() != null) {
            context = context.getParent();
        }
        return context.getEntryCount();
    }

    private static String kind(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object of names to values";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return type.isRecord() ? "an object with experiment, params and options" : "a JSON value";
    }

    /** Jackson's reason without where in the source it was found: the field already says where. */
    private static String firstClause(String text) {
        if (text == null) {
            return "it cannot be read";
        }
        String clause = text;
        for (String end : new String[] {"\n", " (start marker", " at [Source"}) {
            int at = clause.indexOf(end);
            clause = at < 0 ? clause : clause.substring(0, at);
        }
        return clause.length() > MAX_MESSAGE ? clause.substring(0, MAX_MESSAGE) + "…" : clause;
    }
}
