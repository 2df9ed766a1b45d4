package dev.perflab.web;

import dev.perflab.LabProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * How the lab reads request bodies. Every decoder (JSON and forms) buffers at most
 * {@code lab.max-request-body}; past it the framework answers {@code 413} before any of it is
 * parsed.
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
}
