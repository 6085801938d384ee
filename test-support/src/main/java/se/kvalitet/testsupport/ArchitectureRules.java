package se.kvalitet.testsupport;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * What the layout promises, checked on compiled classes: the platform depends on no service, no
 * service on another, and the domain (everything but the HTTP resources, the Kafka consumers
 * and the platform's own web and event plumbing) imports no JAX-RS, Kafka or messaging type.
 */
public final class ArchitectureRules {

    public static final String PLATFORM = "se.kvalitet.platform";
    /** The root package of each service. */
    public static final List<String> SERVICES = List.of("se.kvalitet.registry", "se.kvalitet.indicators", "se.kvalitet.contracts",
            "se.kvalitet.sanctions");

    private static final String[] ADAPTER_TYPES = { "jakarta.ws.rs..", "org.apache.kafka..",
            "org.eclipse.microprofile.reactive.messaging..", "io.smallrye.reactive.messaging.." };

    /** HTTP resources, Kafka consumers, and the platform's web and event plumbing: where those types belong. */
    private static final DescribedPredicate<JavaClass> ADAPTERS = DescribedPredicate.describe("adapters",
            javaClass -> javaClass.isAnnotatedWith("jakarta.ws.rs.Path")
                    || javaClass.getMethods().stream().anyMatch(m -> m.isAnnotatedWith("org.eclipse.microprofile.reactive.messaging.Incoming"))
                    || javaClass.getPackageName().startsWith(PLATFORM + ".web")
                    || javaClass.getPackageName().startsWith(PLATFORM + ".events"));

    private ArchitectureRules() {
    }

    /** Checks the main classes of the platform ({@link #PLATFORM}) or of one of the {@link #SERVICES}. */
    public static void verify(String rootPackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage);
        String[] otherServices = SERVICES.stream().filter(service -> !service.equals(rootPackage)).map(service -> service + "..")
                .toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(otherServices)
                .as(rootPackage.equals(PLATFORM) ? "the platform depends on no service" : rootPackage + " depends on no other service")
                .check(classes);
        noClasses().that(not(ADAPTERS)).should().dependOnClassesThat().resideInAnyPackage(ADAPTER_TYPES)
                .as("the domain types of " + rootPackage + " import no JAX-RS, Kafka or messaging type")
                .check(classes);
    }
}
