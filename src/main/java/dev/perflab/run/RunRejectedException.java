package dev.perflab.run;

import java.util.List;

/** A request that starts nothing, with every reason found. */
public class RunRejectedException extends RuntimeException {

    private final List<FieldError> errors;

    public RunRejectedException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
