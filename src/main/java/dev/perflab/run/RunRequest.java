package dev.perflab.run;

import java.util.Map;

/**
 * A request to run an experiment, as it arrives: values are JSON scalars, lists, or comma-separated
 * text from a form. Nothing here is trusted until {@link RunRequestCheck} has read it.
 */
public record RunRequest(String experiment, Map<String, Object> params, Map<String, Object> options) {

    public RunRequest {
        params = params == null ? Map.of() : params;
        options = options == null ? Map.of() : options;
    }
}
