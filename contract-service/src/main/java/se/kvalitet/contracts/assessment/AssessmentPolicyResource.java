package se.kvalitet.contracts.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import se.kvalitet.platform.security.Caller;
import se.kvalitet.platform.security.Roles;

@Path("/api/v1/assessment-policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment policy")
@Authenticated
public class AssessmentPolicyResource {

    /** The shares of a contract's costs; each 0 to 100, summing to 100. */
    public record FinancingInput(@NotNull @Min(0) @Max(100) Integer statePercent, @NotNull @Min(0) @Max(100) Integer principalPercent) {
    }

    public record ChangePolicy(
            @NotNull @Min(value = 1, message = "must be at least 1") @Max(100) Integer minimumNotMet,
            @NotNull @Valid FinancingInput financing,
            @NotNull @Size(max = 20) String signingPeriod,
            @NotNull @Size(max = 20) String milestonePeriod,
            @NotNull @Size(max = 20) String gracePeriod,
            @NotNull @Size(max = 20) String contractLength) {
    }

    @Inject
    Policies policies;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The policy in force: K (how many requirements NOT_MET make a breach; any critical one NOT_MET is a health risk), the default financing split and the contract periods (ISO-8601)")
    public PolicyView get() {
        return PolicyView.of(policies.current(), policies.latest());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Transactional
    @Operation(summary = "Set a new version of the policy; it applies to later assessments and drafts, never to those made before")
    public PolicyView change(@NotNull @Valid ChangePolicy request) {
        return PolicyView.of(policies.change(request.minimumNotMet(), request.financing().statePercent(),
                request.financing().principalPercent(), request.signingPeriod(), request.milestonePeriod(), request.gracePeriod(),
                request.contractLength(), caller.name()));
    }
}
