package dev.perflab.protocol;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the harness protocol: one compact JSON document per line. */
public final class ProtocolCodec {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String encode(HarnessEvent event) {
        return mapper.writerFor(HarnessEvent.class).writeValueAsString(event);
    }

    /**
     * @throws MalformedLineException when the line is not a known event, so a caller can report the
     *     exact line a broken harness printed
     */
    public HarnessEvent decode(String line) {
        try {
            return mapper.readValue(line, HarnessEvent.class);
        } catch (JacksonException e) {
            throw new MalformedLineException(line, e);
        }
    }

    public String encodeSpec(RunSpec spec) {
        return mapper.writeValueAsString(spec);
    }

    public RunSpec decodeSpec(String json) {
        return mapper.readValue(json, RunSpec.class);
    }

    public static final class MalformedLineException extends RuntimeException {
        MalformedLineException(String line, Throwable cause) {
            super("not a harness event: " + abbreviate(line), cause);
        }

        private static String abbreviate(String line) {
            return line.length() <= 200 ? line : line.substring(0, 200) + "…";
        }
    }
}
