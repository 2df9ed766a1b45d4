package dev.perflab.store;

import org.flywaydb.core.api.FlywayException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The database cannot be reached at start (H2's file is held by another lab, or PostgreSQL is
 * down): say so in two sentences instead of a stack trace. Flyway connects first, so its failure
 * is the one that arrives.
 */
class DatabaseUnavailable extends AbstractFailureAnalyzer<FlywayException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FlywayException cause) {
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        if (!message.contains("Unable to obtain connection")) {
            return null;
        }
        String detail = message.lines().findFirst().orElse(message);
        return new FailureAnalysis(
                "perflab cannot reach its database: " + detail,
                "With the embedded database (the default), make sure no other perflab uses the same data"
                        + " directory (lab.data-dir, ./data by default). With PostgreSQL (profile postgres), check"
                        + " that the server runs and that PGHOST, PGPORT, PGDATABASE, PGUSER and PGPASSWORD are"
                        + " right.",
                cause);
    }
}
