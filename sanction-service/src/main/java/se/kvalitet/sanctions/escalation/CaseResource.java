package se.kvalitet.sanctions.escalation;

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

import se.kvalitet.platform.query.Filter;
import se.kvalitet.platform.query.Paging;
import se.kvalitet.platform.query.Params;
import se.kvalitet.platform.security.Roles;
import se.kvalitet.platform.security.Visibility;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Escalation cases")
@RolesAllowed({ Roles.SUPERVISOR, Roles.AGENCY_OFFICER, Roles.MUNICIPALITY, Roles.PROVIDER })
public class CaseResource {

    @Inject
    Visibility visibility;

    @GET
    @Operation(summary = "Escalation cases; the parties see their own")
    public Paging.Page<CaseView> list(@QueryParam("status") String status, @QueryParam("unitId") String unitId,
            @QueryParam("principal") String principal, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        Filter filter = visible()
                .equal("status", Params.enumValue(EscalationCase.Status.class, "status", status))
                .equal("unitId", Params.uuid("unitId", unitId))
                .equal("principalOrgNumber", Params.orgNumber("principal", principal));
        return paging.of(EscalationCase.find(filter.orderBy("openedAt desc, id"), filter.parameters()), CaseView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One escalation case")
    public CaseView get(@PathParam("id") String id) {
        Filter filter = visible().equal("id", Params.uuid("id", id));
        return CaseView.of(Filter.found(EscalationCase.find(filter.orderBy("id"), filter.parameters()), "Case " + id));
    }

    private Filter visible() {
        return Filter.within(visibility.of("principalOrgNumber", "municipalityCode"));
    }
}
