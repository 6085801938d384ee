package se.kvalitet.sanctions.escalation;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.kvalitet.platform.security.Roles;
import se.kvalitet.platform.unit.PrincipalKind;

@Path("/api/v1/ladder")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Escalation ladder")
@RolesAllowed({ Roles.SUPERVISOR, Roles.AGENCY_OFFICER })
public class LadderResource {

    public record StepView(int rank, SanctionStep step, String legalBasis, String responsePeriod, boolean carriesAmount) {
    }

    public record LadderView(SanctionStep healthRiskStep, List<StepView> privateUnits, List<StepView> municipalUnits) {
    }

    @Inject
    Ladder ladder;

    @GET
    @Operation(summary = "The configured escalation ladder: per principal kind the steps in order, each with its legal basis, response period (ISO-8601) and whether it carries an amount; and the step a health risk starts at")
    public LadderView get() {
        return new LadderView(ladder.healthRiskStep(), steps(PrincipalKind.PRIVATE), steps(PrincipalKind.MUNICIPALITY));
    }

    private List<StepView> steps(PrincipalKind kind) {
        List<Ladder.Step> steps = ladder.stepsFor(kind);
        return steps.stream().map(s -> new StepView(steps.indexOf(s) + 1, s.step(), s.legalBasis(), s.responsePeriod().toString(),
                s.carriesAmount())).toList();
    }
}
