package se.kvalitet.contracts.assessment;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

@Path("/api/v1/assessment-policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment policy")
@Authenticated
public class AssessmentPolicyResource {

    public record PolicyView(int minimumNotMet, boolean criticalNotMetIsHealthRisk) {
    }

    private final AssessmentPolicy policy;

    public AssessmentPolicyResource(AssessmentPolicy policy) {
        this.policy = policy;
    }

    @GET
    @Operation(summary = "The policy that turns a unit's results for a period into a verdict")
    public PolicyView get() {
        return new PolicyView(policy.minimumNotMet(), true);
    }
}
