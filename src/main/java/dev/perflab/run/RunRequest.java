package dev.perflab.run;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/**
 * A request to run an experiment, as it arrives: values are JSON scalars, lists, or comma-separated
 * text from a form. Nothing here is trusted until {@link RunRequestCheck} has read it.
 *
 * @param unknown every other key of the request's JSON, kept so the check can name it rather than
 *     run without what the sender meant (a misspelt {@code "option"} would otherwise be dropped)
 */
public record RunRequest(
        String experiment,
        Map<String, Object> params,
        Map<String, Object> options,
        @JsonAnySetter Map<String, Object> unknown) {

    public RunRequest {
        params = params == null ? Map.of() : params;
        options = options == null ? Map.of() : options;
        unknown = unknown == null ? Map.of() : unknown;
    }

    public RunRequest(String experiment, Map<String, Object> params, Map<String, Object> options) {
        this(experiment, params, options, Map.of());
    }
}
