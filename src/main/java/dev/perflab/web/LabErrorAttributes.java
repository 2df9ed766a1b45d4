package dev.perflab.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webflux.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.server.ResponseStatusException;

/**
 * What an error page or an API error says: Spring's attributes plus, for a refusal the lab itself
 * made ("There is no run x1"), its reason as {@code message}. Other exceptions' messages stay out:
 * they can name the lab's insides.
 */
@Component
class LabErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(ServerRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        if (getError(request) instanceof ResponseStatusException refusal
                && !(refusal instanceof NoResourceFoundException)
                && refusal.getStatusCode().is4xxClientError()
                && refusal.getReason() != null) {
            attributes.put("message", refusal.getReason());
        }
        return attributes;
    }
}
