package dev.perflab.run;

import java.util.List;

/**
 * What a request would start, without starting it: its plan (null when the request is invalid),
 * every problem with it, and a finished run with exactly these settings on this lab version.
 */
public record RunPreview(RunPlan plan, long limitMillis, List<FieldError> errors, String sameSettingsRunId) {}
