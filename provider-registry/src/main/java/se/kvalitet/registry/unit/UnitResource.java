package se.kvalitet.registry.unit;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Parameters;
import se.kvalitet.registry.infra.Caller;
import se.kvalitet.registry.infra.NotFoundProblem;
import se.kvalitet.registry.infra.Paging;
import se.kvalitet.registry.infra.QueryParameters;
import se.kvalitet.registry.principal.Principal;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units")
public class UnitResource {

    public record RegisterUnit(
            @NotBlank @Size(max = 200) String name,
            @NotBlank String principalOrgNumber,
            @NotBlank String municipalityCode,
            @NotNull AreaOfActivity area,
            @Size(max = 50) String permitId) {
    }

    @Inject
    UnitRegistration registration;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Caller.AGENCY_OFFICER, Caller.MUNICIPALITY })
    @Transactional
    @Operation(summary = "Register a provider unit; announced on registry.units.v1")
    public Response register(@NotNull @Valid RegisterUnit request) {
        Unit unit = registration.register(request, caller);
        return Response.created(URI.create("/api/v1/units/" + unit.id)).entity(UnitState.of(unit)).build();
    }

    @GET
    @RolesAllowed({ Caller.AGENCY_OFFICER, Caller.SUPERVISOR, Caller.INDICATOR_PUBLISHER, Caller.MUNICIPALITY, Caller.PROVIDER })
    @Operation(summary = "List units; municipalities and providers see those of their own organisation")
    public Paging.Page<UnitState> list(@QueryParam("principal") String principal, @QueryParam("municipality") String municipality,
            @QueryParam("area") String area, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        addVisibility(where, parameters);
        if (principal != null) {
            where.add("principal.orgNumber = :principal");
            parameters.and("principal", principal.replace("-", ""));
        }
        if (municipality != null) {
            where.add("municipality.code = :municipality");
            parameters.and("municipality", municipality);
        }
        if (area != null) {
            where.add("area = :area");
            parameters.and("area", QueryParameters.enumValue(AreaOfActivity.class, "area", area));
        }
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", QueryParameters.enumValue(UnitStatus.class, "status", status));
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by registeredAt, id";
        var found = Unit.<Unit>find(query, parameters);
        return paging.page(found.page(paging.page(), paging.size()).list().stream().map(UnitState::of).toList(), found.count());
    }

    @GET
    @Path("/{unitId}")
    @RolesAllowed({ Caller.AGENCY_OFFICER, Caller.SUPERVISOR, Caller.INDICATOR_PUBLISHER, Caller.MUNICIPALITY, Caller.PROVIDER })
    @Operation(summary = "One unit by id")
    public UnitState get(@PathParam("unitId") String unitId) {
        List<String> where = new ArrayList<>(List.of("id = :id"));
        Parameters parameters = Parameters.with("id", QueryParameters.uuid("unitId", unitId));
        addVisibility(where, parameters);
        Unit unit = Unit.<Unit>find(String.join(" and ", where), parameters).firstResult();
        if (unit == null) {
            throw new NotFoundProblem("Unit " + unitId);
        }
        return UnitState.of(unit);
    }

    /** Organisation users see their own units; a municipality also those operating in it. */
    private void addVisibility(List<String> where, Parameters parameters) {
        if (caller.seesAllOrganisations()) {
            return;
        }
        String orgNumber = caller.requiredOrgNumber();
        parameters.and("own", orgNumber);
        if (caller.is(Caller.MUNICIPALITY)) {
            Principal own = Principal.findById(orgNumber);
            String home = own == null || own.homeMunicipality == null ? "" : own.homeMunicipality.code;
            where.add("(principal.orgNumber = :own or municipality.code = :home)");
            parameters.and("home", home);
        } else {
            where.add("principal.orgNumber = :own");
        }
    }
}
