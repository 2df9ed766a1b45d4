package dev.perflab.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fuzz's vocabulary: what people and scripts send that the lab must refuse without failing,
 * starting anything, or echoing it unescaped.
 */
final class HostileValues {

    static final String SCRIPT = "<script>alert(1)</script>";
    /** Closes an attribute and opens an element: only escaping keeps it text. */
    static final String ATTRIBUTE_BREAK = "\"><img src=x onerror=alert(1)>";

    /** What must never appear raw in an HTML page, whatever was sent. */
    static final List<String> MARKUP = List.of(SCRIPT, "<img src=x");

    /** Typed text: numbers out of every range, non-numbers, markup, SQL, shell, JVM flags, odd Unicode. */
    static final List<String> TEXTS = List.of(
            "-1",
            "0",
            "1e309",
            "-1e309",
            "NaN",
            "Infinity",
            "9223372036854775808",
            "-9223372036854775809",
            "99999999999999999999999999999999",
            "",
            " ",
            "\t\n",
            "1,,2",
            ",",
            "1.5",
            "0x10",
            "1;2",
            "\u202Eevil\u202C",
            "😀",
            "שלום עולם",
            "\u0000",
            "1\u0000",
            "\uFEFF1",
            SCRIPT,
            ATTRIBUTE_BREAK,
            "'; DROP TABLE runs; --",
            "\" OR \"1\"=\"1",
            "$(rm -rf /)",
            "`reboot`",
            "; cat /etc/passwd",
            "-XX:+UnlockDiagnosticVMOptions",
            "--add-opens",
            "java.base/java.lang=ALL-UNNAMED",
            "-javaagent:/tmp/agent.jar",
            "c1-only -XX:+UnlockDiagnosticVMOptions",
            "c1-only,-Xint",
            "../../etc/passwd",
            "%00",
            "x".repeat(10_000),
            IntStream.rangeClosed(1, 10_000).mapToObj(Integer::toString).collect(Collectors.joining(",")));

    /**
     * The texts that fit in a URL: Netty refuses a request line over 4 KiB (414) before the lab
     * sees it, so longer ones only test Netty.
     */
    static final List<String> URL_TEXTS =
            TEXTS.stream().filter(text -> text.length() <= 200).toList();

    /** Keys no request defines, including some that look like real ones. */
    static final List<String> NAMES = List.of(
            SCRIPT,
            "__proto__",
            "constructor",
            "workers ",
            "WORKERS",
            "",
            "a.b",
            "\u0000",
            "😀",
            "$where",
            "params.workers",
            "'; DROP TABLE runs; --");

    /**
     * A JSON value and the text the lab reads from it ({@code null} and empty lists read as no
     * value), so the fuzz knows which field it targets and whether the value could be valid there.
     */
    record Hostile(String json, String text) {}

    static List<Hostile> jsonValues(JsonMapper json) {
        List<Hostile> values = new ArrayList<>();
        TEXTS.forEach(text -> values.add(new Hostile(json.writeValueAsString(text), text)));
        values.add(new Hostile("-1", "-1"));
        values.add(new Hostile("0", "0"));
        values.add(new Hostile("1.5", "1.5"));
        values.add(new Hostile("1e309", "Infinity"));
        values.add(new Hostile("-1e309", "-Infinity"));
        values.add(new Hostile("9223372036854775808", "9223372036854775808"));
        values.add(new Hostile("true", "true"));
        values.add(new Hostile("null", ""));
        values.add(new Hostile("{}", "{}"));
        values.add(new Hostile("{\"$gt\": 1}", "{$gt=1}"));
        values.add(new Hostile("[]", ""));
        values.add(new Hostile("[[]]", ""));
        values.add(new Hostile("[null]", ""));
        values.add(new Hostile("[\"-Xint\", \"$(reboot)\"]", "-Xint,$(reboot)"));
        String manyNumbers =
                IntStream.rangeClosed(1, 10_000).mapToObj(Integer::toString).collect(Collectors.joining(","));
        values.add(new Hostile("[" + manyNumbers + "]", manyNumbers));
        return List.copyOf(values);
    }

    private HostileValues() {}
}
