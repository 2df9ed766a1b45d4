package dev.perflab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.r2dbc.core.DatabaseClient;

/** Keeps the direction web → run → {fork, store, catalog} → protocol visible and true. */
@AnalyzeClasses(packages = "dev.perflab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("web")
            .definedBy("dev.perflab.web..")
            .layer("run")
            .definedBy("dev.perflab.run..")
            .layer("fork")
            .definedBy("dev.perflab.fork..")
            .layer("store")
            .definedBy("dev.perflab.store..")
            .layer("catalog")
            .definedBy("dev.perflab.catalog..")
            .layer("metrics")
            .definedBy("dev.perflab.metrics..")
            .layer("protocol")
            .definedBy("dev.perflab.protocol..")
            .whereLayer("web")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("run")
            .mayOnlyBeAccessedByLayers("web")
            .whereLayer("fork")
            .mayOnlyBeAccessedByLayers("run")
            .whereLayer("store")
            .mayOnlyBeAccessedByLayers("run")
            .whereLayer("catalog")
            .mayOnlyBeAccessedByLayers("run", "web")
            .whereLayer("metrics")
            .mayOnlyBeAccessedByLayers("run", "web")
            .whereLayer("protocol")
            .mayOnlyBeAccessedByLayers("run", "fork");

    @ArchTest
    static final ArchRule serverNeverImportsExperimentsOrHarness = noClasses()
            .that()
            .resideInAPackage("dev.perflab..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.perflab.experiments..", "dev.perflab.harness..", "org.openjdk.jmh..");

    /**
     * Statements execute only through {@code store.Statements}, which runs each to its end whoever
     * cancels: a cancel that reaches the connection pool can lose a connection for good.
     */
    @ArchTest
    static final ArchRule statementsRunToTheirEnd = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("dev.perflab.store.Statements")
            .should()
            .callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                            JavaClass.Predicates.assignableTo(DatabaseClient.GenericExecuteSpec.class)))
                    .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching("then|map|fetch|filter"))))
            .orShould()
            .callMethod(ConnectionFactory.class, "create");
}
