package se.kvalitet.contracts.healthrisk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import se.kvalitet.contracts.contract.ContractEvents;
import se.kvalitet.contracts.contract.ContractLifecycle;
import se.kvalitet.contracts.unit.KnownUnit;
import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.security.Caller;
import se.kvalitet.platform.security.Roles;
import se.kvalitet.platform.web.InvalidInputException;

@Path("/api/v1/health-risks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health risks")
public class HealthRiskResource {

    private static final Logger LOG = Logger.getLogger(HealthRiskResource.class);

    public record DecideHealthRisk(@NotNull UUID unitId, @NotBlank @Size(max = 2000) String reason) {
    }

    /** The decision as announced: the period is the calendar year it was made in. */
    public record HealthRiskView(UUID decisionId, UUID unitId, String period, String reason, Instant decidedAt, String decidedBy) {
    }

    @Inject
    ContractLifecycle lifecycle;

    @Inject
    ContractEvents events;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Transactional
    @Operation(summary = "Decide that a unit puts its users' health at risk: HealthRiskDetected goes to sanctions as for a critical miss, with the reason; a contract not yet signed is cancelled")
    public Response decide(@NotNull @Valid DecideHealthRisk request) {
        KnownUnit unit = KnownUnit.findById(request.unitId());
        if (unit == null) {
            throw new InvalidInputException("unitId", "is not a unit the registry has announced");
        }
        HealthRiskDecision decision = new HealthRiskDecision();
        decision.id = UUID.randomUUID();
        decision.unitId = unit.id;
        decision.reason = request.reason().trim();
        decision.decidedAt = clock.instant();
        decision.decidedBy = caller.name();
        decision.persist();
        LocalDate today = lifecycle.today();
        HealthRiskView view = new HealthRiskView(decision.id, unit.id, String.valueOf(today.getYear()), decision.reason, decision.decidedAt,
                decision.decidedBy);
        audit.record("HealthRisk", decision.id, "decide", null, view);
        lifecycle.referForHealthRisk(ContractLifecycle.openContractOf(unit.id));
        events.healthRisk(unit.id, view.period(), new ContractEvents.Principal(unit.principalOrgNumber, unit.principalName, unit.principalKind),
                unit.municipalityCode, unit.area, List.of(), decision.reason);
        LOG.infof("Health risk decided for unit %s by %s", unit.id, decision.decidedBy);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
