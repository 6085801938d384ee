package se.kvalitet.contracts.contract;

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

@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
@RolesAllowed({ Roles.AGENCY_OFFICER, Roles.SUPERVISOR, Roles.MUNICIPALITY, Roles.PROVIDER })
public class ContractResource {

    @Inject
    Visibility visibility;

    @GET
    @Operation(summary = "List contracts; a principal sees its own, a municipality also those it is counterparty to")
    public Paging.Page<ContractView> list(@QueryParam("status") String status, @QueryParam("unitId") String unitId,
            @QueryParam("principal") String principal, @QueryParam("municipality") String municipality,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        Filter filter = visible()
                .equal("status", Params.enumValue(ContractStatus.class, "status", status))
                .equal("unitId", Params.uuid("unitId", unitId))
                .equal("principalOrgNumber", Params.orgNumber("principal", principal))
                .equal("municipalityCode", Params.municipalityCode("municipality", municipality));
        return paging.of(Contract.find(filter.orderBy("createdAt desc, id"), filter.parameters()), ContractView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One contract")
    public ContractView get(@PathParam("id") String id) {
        Filter filter = visible().equal("id", Params.uuid("id", id));
        return ContractView.of(Filter.found(Contract.find(filter.orderBy("id"), filter.parameters()), "Contract " + id));
    }

    /** A principal sees its own contracts; a municipality also those where it is the counterparty. */
    private Filter visible() {
        return Filter.within(visibility.of("principalOrgNumber", "counterpartyMunicipalityCode"));
    }
}
