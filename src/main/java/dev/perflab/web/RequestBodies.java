package dev.perflab.web;

import dev.perflab.LabProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;

/**
 * How the lab reads request bodies. Every decoder (JSON and forms) buffers at most
 * {@code lab.max-request-body}; past it the framework answers {@code 413} before any of it is
 * parsed. A JSON body is exactly one value with every key once: parsers disagree on which of two
 * values wins and whether text after the value counts, so the lab would check one request while
 * another reader of the same body saw a different one.
 */
@Configuration(proxyBeanMethods = false)
class RequestBodies implements WebFluxConfigurer {

    private final LabProperties lab;

    RequestBodies(LabProperties lab) {
        this.lab = lab;
    }

    @Override
    public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
        configurer
                .defaultCodecs()
                .maxInMemorySize(Math.toIntExact(lab.maxRequestBody().toBytes()));
    }

    /** The limit as people read it: "64 KiB". */
    static String limit(DataSize max) {
        long bytes = max.toBytes();
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }

    @Bean
    JsonMapperBuilderCustomizer oneValueEveryKeyOnce() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
