package se.kvalitet.sanctions.escalation;

import java.math.BigDecimal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.kvalitet.platform.query.Filter;
import se.kvalitet.platform.query.Paging;
import se.kvalitet.platform.query.Params;
import se.kvalitet.platform.security.Caller;
import se.kvalitet.platform.security.Roles;
import se.kvalitet.platform.security.Visibility;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Escalation cases")
@RolesAllowed({ Roles.SUPERVISOR, Roles.AGENCY_OFFICER, Roles.MUNICIPALITY, Roles.PROVIDER })
public class CaseResource {

    /** A supervisor's decision: CONFIRM the proposed step (with the fine's amount where it carries one), DECLINE it with a reason, or RESOLVE the case with a reason. */
    public record Decide(@NotNull Decision decision,
            @DecimalMin(value = "0.01", message = "must be more than zero") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @Size(max = 2000) String reason) {
    }

    @Inject
    Visibility visibility;

    @Inject
    Escalations escalations;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Escalation cases, the supervisor's work queue first: those awaiting a decision, then by the nearest response deadline; the parties see their own")
    public Paging.Page<CaseView> list(@QueryParam("status") String status, @QueryParam("unitId") String unitId,
            @QueryParam("principal") String principal, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        Filter filter = visible()
                .equal("status", Params.enumValue(EscalationCase.Status.class, "status", status))
                .equal("unitId", Params.uuid("unitId", unitId))
                .equal("principalOrgNumber", Params.orgNumber("principal", principal));
        return paging.of(EscalationCase.<EscalationCase>find(filter.orderBy(
                "case when proposedStep is null then 1 else 0 end, stepDeadline asc nulls last, openedAt, id"), filter.parameters()),
                (EscalationCase c) -> CaseView.of(c));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One escalation case with its history: triggers, proposals and decisions, with who and when")
    public CaseView get(@PathParam("id") String id) {
        EscalationCase escalation = find(id);
        return CaseView.of(escalation, CaseEntry.<CaseEntry>list("caseId = ?1 order by seq", escalation.id).stream().map(CaseEntry::view)
                .toList());
    }

    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Transactional
    @Operation(summary = "Decide on a case: CONFIRM the proposed sanction (amount in SEK where the step carries a conditional fine), DECLINE it with a reason, or RESOLVE the case with a reason. Nothing is imposed without a decision")
    public CaseView decide(@PathParam("id") String id, @NotNull @Valid Decide request) {
        EscalationCase escalation = find(id);
        String reason = request.reason() == null ? null : request.reason().trim();
        escalations.decide(escalation, request.decision(), request.amount(), reason, caller.name());
        return get(id);
    }

    private EscalationCase find(String id) {
        Filter filter = visible().equal("id", Params.uuid("id", id));
        return Filter.found(EscalationCase.find(filter.orderBy("id"), filter.parameters()), "Case " + id);
    }

    private Filter visible() {
        return Filter.within(visibility.of("principalOrgNumber", "municipalityCode"));
    }
}
