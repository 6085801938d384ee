package se.kvalitet.sanctions.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Parameters;
import se.kvalitet.sanctions.infra.Caller;
import se.kvalitet.sanctions.infra.NotFoundProblem;
import se.kvalitet.sanctions.infra.Paging;
import se.kvalitet.sanctions.infra.QueryParameters;
import se.kvalitet.sanctions.infra.Visibility;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Escalation cases")
@RolesAllowed({ Caller.SUPERVISOR, Caller.AGENCY_OFFICER, Caller.MUNICIPALITY, Caller.PROVIDER })
public class CaseResource {

    public record CaseView(UUID caseId, UUID unitId, String period, String principalOrgNumber, String municipalityCode, String area,
            EscalationTrigger trigger, SanctionStep proposedStep, EscalationCase.Status status, Instant openedAt, long version) {
        static CaseView of(EscalationCase c) {
            return new CaseView(c.id, c.unitId, c.period, c.principalOrgNumber, c.municipalityCode, c.area, c.trigger, c.proposedStep,
                    c.status, c.openedAt, c.version);
        }
    }

    @Inject
    Visibility visibility;

    @GET
    @Operation(summary = "Escalation cases; the parties see their own")
    public Paging.Page<CaseView> list(@QueryParam("status") String status, @QueryParam("unitId") String unitId,
            @QueryParam("principal") String principal, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        visibility.restrict(where, parameters);
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", QueryParameters.enumValue(EscalationCase.Status.class, "status", status));
        }
        if (unitId != null) {
            where.add("unitId = :unitId");
            parameters.and("unitId", QueryParameters.uuid("unitId", unitId));
        }
        if (principal != null) {
            where.add("principalOrgNumber = :principal");
            parameters.and("principal", principal.replace("-", ""));
        }
        var found = EscalationCase.<EscalationCase>find((where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by openedAt desc, id",
                parameters);
        return paging.page(found.page(paging.page(), paging.size()).list().stream().map(CaseView::of).toList(), found.count());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One escalation case")
    public CaseView get(@PathParam("id") String id) {
        List<String> where = new ArrayList<>(List.of("id = :id"));
        Parameters parameters = Parameters.with("id", QueryParameters.uuid("id", id));
        visibility.restrict(where, parameters);
        EscalationCase found = EscalationCase.<EscalationCase>find(String.join(" and ", where), parameters).firstResult();
        if (found == null) {
            throw new NotFoundProblem("Case " + id);
        }
        return CaseView.of(found);
    }
}
