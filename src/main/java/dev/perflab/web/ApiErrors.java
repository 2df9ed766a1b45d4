package dev.perflab.web;

import dev.perflab.LabProperties;
import dev.perflab.run.FieldError;
import dev.perflab.run.QueueFullException;
import dev.perflab.run.RunRejectedException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import tools.jackson.core.JacksonException;

/** The API's answers to bad input: {@code {errors:[{field, message}]}}, never a stack trace. */
@RestControllerAdvice(assignableTypes = {RunApi.class, ExperimentApi.class})
class ApiErrors {

    private final LabProperties lab;

    ApiErrors(LabProperties lab) {
        this.lab = lab;
    }

    @ExceptionHandler
    ResponseEntity<Map<String, List<FieldError>>> rejected(RunRejectedException e) {
        return ResponseEntity.badRequest().body(Map.of("errors", e.errors()));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, List<FieldError>>> unreadable(ServerWebInputException e) {
        FieldError error = e.getMostSpecificCause() instanceof JacksonException jackson
                ? UnreadableJson.error(jackson)
                : new FieldError("body", "is not a valid run request: " + e.getReason());
        return answer(HttpStatus.BAD_REQUEST, error);
    }

    @ExceptionHandler
    ResponseEntity<Map<String, List<FieldError>>> tooLarge(ContentTooLargeException e) {
        return answer(
                HttpStatus.CONTENT_TOO_LARGE,
                new FieldError(
                        "body",
                        "is larger than the " + RequestBodies.limit(lab.maxRequestBody())
                                + " the lab reads; a run request is far smaller"));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, List<FieldError>>> notJson(UnsupportedMediaTypeStatusException e) {
        return answer(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                new FieldError(
                        "body", "must be JSON sent as Content-Type: application/json, not " + e.getContentType()));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, List<FieldError>>> queueFull(QueueFullException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                .body(Map.of("errors", List.of(new FieldError("queue", e.getMessage()))));
    }

    private static ResponseEntity<Map<String, List<FieldError>>> answer(HttpStatusCode status, FieldError error) {
        return ResponseEntity.status(status).body(Map.of("errors", List.of(error)));
    }
}
