package dev.perflab.catalog;

import dev.perflab.LabProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    BenchmarksJar benchmarksJar(LabProperties lab) {
        if (lab.benchmarksJar() != null) {
            return BenchmarksJar.at(lab.benchmarksJar());
        }
        return BenchmarksJar.extractTo(lab.dataDir().resolve("benchmarks"));
    }

    @Bean
    Catalog catalog(BenchmarksJar jar) {
        return Catalog.load(jar.path());
    }
}
