package eu.mobilisesme.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import org.jboss.resteasy.reactive.server.Cancellable;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import eu.mobilisesme.bankaccount.domain.OwnerKind;

/**
 * The package rules of HOUSE_STYLE.md, as code: api -> service -> domain/persistence; domain free of HTTP and
 * Mutiny; services free of HTTP; resources never touch repositories; features see each other only through services
 * and records; nothing depends on dev-mode helpers.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.mobilisesme");

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Api").definedBy("eu.mobilisesme..api..")
                .layer("Service").definedBy("eu.mobilisesme..service..")
                .layer("Persistence").definedBy("eu.mobilisesme..persistence..")
                .layer("Domain").definedBy("eu.mobilisesme..domain..")
                .whereLayer("Api").mayNotBeAccessedByAnyLayer()
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Api", "Service")
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Service")
                .check(CLASSES);
    }

    @Test
    void domainKnowsNoHttpNoMutinyNoFramework() {
        noClasses().that().resideInAPackage("eu.mobilisesme..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.smallrye.mutiny..",
                        "io.vertx..", "org.jboss.resteasy..", "io.quarkus..")
                .check(CLASSES);
    }

    @Test
    void domainReadsNoFiles() {
        // Reference data (e.g. the NACE table) is loaded at start-up outside the domain and handed to it.
        noClasses().that().resideInAPackage("eu.mobilisesme..domain..")
                .should().callMethod(ClassLoader.class, "getResourceAsStream", String.class)
                .orShould().callMethod(Class.class, "getResourceAsStream", String.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..")
                .check(CLASSES);
    }

    @Test
    void servicesKnowNoHttp() {
        noClasses().that().resideInAPackage("eu.mobilisesme..service..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..",
                        "io.vertx.core.http..")
                .check(CLASSES);
    }

    /**
     * A feature sees another only through its services and the records they hand out: never its entities and rules
     * (domain), its queries (persistence) or its HTTP layer (api).
     */
    @Test
    void featuresTalkToEachOtherOnlyThroughServicesAndRecords() {
        for (String feature : new String[] { "call", "facilitator", "sme", "participant", "mobility", "grant", "kpi",
                "budget", "payment", "bankaccount", "partner", "event", "webhook" }) {
            noClasses().that().resideOutsideOfPackage("eu.mobilisesme." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage("eu.mobilisesme." + feature + ".domain..",
                            "eu.mobilisesme." + feature + ".persistence..", "eu.mobilisesme." + feature + ".api..")
                    .check(CLASSES);
        }
    }

    /**
     * The same for bank accounts, whose service API names owners with the domain's {@code OwnerKind}: that plain value
     * is the one thing of its domain other features may use.
     */
    @Test
    void featuresSeeBankAccountsOnlyThroughTheirServiceAndOwnerKind() {
        noClasses().that().resideOutsideOfPackage("eu.mobilisesme.bankaccount..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                        "eu.mobilisesme.bankaccount.domain..", "eu.mobilisesme.bankaccount.persistence..",
                        "eu.mobilisesme.bankaccount.api..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(OwnerKind.class))))
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnDevModeHelpers() {
        noClasses().that().resideOutsideOfPackage("eu.mobilisesme.devmode..")
                .should().dependOnClassesThat().resideInAPackage("eu.mobilisesme.devmode..")
                .check(CLASSES);
    }

    /**
     * A request whose client hangs up still runs to its end: cancelling it would tear its database session down in
     * the middle of a statement or a transaction, which logs errors and can leave a connection out of the pool
     * (quarkusio/quarkus#51576). The answer is then simply not sent.
     */
    @Test
    void requestsRunToTheirEndWhenTheClientHangsUp() {
        classes().that().areAnnotatedWith(jakarta.ws.rs.Path.class).and().resideInAPackage("eu.mobilisesme..api..")
                .should(new ArchCondition<JavaClass>("be annotated @Cancellable(false)") {
                    @Override
                    public void check(JavaClass resource, ConditionEvents events) {
                        boolean runsToItsEnd = resource.tryGetAnnotationOfType(Cancellable.class)
                                .map(cancellable -> !cancellable.value()).orElse(false);
                        events.add(new SimpleConditionEvent(resource, runsToItsEnd,
                                resource.getName() + " lets a client hang-up cancel its requests"));
                    }
                })
                .check(CLASSES);
    }

    @Test
    void entitiesStayInDomainPackages() {
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().resideInAPackage("eu.mobilisesme..domain..")
                .check(CLASSES);
    }
}
