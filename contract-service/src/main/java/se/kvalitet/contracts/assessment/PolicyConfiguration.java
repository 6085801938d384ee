package se.kvalitet.contracts.assessment;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The assessment policy from configuration (kvalitet.assessment.*). */
public class PolicyConfiguration {

    @Produces
    @Singleton
    AssessmentPolicy policy(@ConfigProperty(name = "kvalitet.assessment.minimum-not-met", defaultValue = "1") int minimumNotMet) {
        return new AssessmentPolicy(minimumNotMet);
    }
}
