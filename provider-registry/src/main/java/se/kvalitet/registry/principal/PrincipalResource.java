package se.kvalitet.registry.principal;

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
import io.quarkus.security.Authenticated;
import se.kvalitet.registry.infra.Caller;
import se.kvalitet.registry.infra.InvalidInputException;
import se.kvalitet.registry.infra.NotFoundProblem;
import se.kvalitet.registry.infra.Paging;
import se.kvalitet.registry.infra.QueryParameters;

@Path("/api/v1/principals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Principals")
public class PrincipalResource {

    public record RegisterPrincipal(
            @NotBlank String orgNumber,
            @NotBlank @Size(max = 200) String name,
            @NotNull PrincipalKind kind,
            String homeMunicipalityCode) {
    }

    public record PrincipalView(String orgNumber, String name, PrincipalKind kind, String homeMunicipalityCode) {
        static PrincipalView of(Principal p) {
            return new PrincipalView(p.orgNumber, p.name, p.kind, p.homeMunicipality == null ? null : p.homeMunicipality.code);
        }
    }

    @Inject
    PrincipalRegistration registration;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.AGENCY_OFFICER)
    @Transactional
    @Operation(summary = "Register a principal (huvudman)")
    public Response register(@NotNull @Valid RegisterPrincipal request) {
        Principal principal = registration.register(request, caller.name());
        return Response.created(URI.create("/api/v1/principals/" + principal.orgNumber))
                .entity(PrincipalView.of(principal)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List principals, optionally by kind or home municipality")
    public Paging.Page<PrincipalView> list(@QueryParam("kind") String kind, @QueryParam("municipality") String municipality,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (kind != null) {
            where.add("kind = :kind");
            parameters.and("kind", QueryParameters.enumValue(PrincipalKind.class, "kind", kind));
        }
        if (municipality != null) {
            where.add("homeMunicipality.code = :municipality");
            parameters.and("municipality", municipality);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by orgNumber";
        var found = Principal.<Principal>find(query, parameters);
        return paging.page(found.page(paging.page(), paging.size()).list().stream().map(PrincipalView::of).toList(), found.count());
    }

    @GET
    @Path("/{orgNumber}")
    @Authenticated
    @Operation(summary = "One principal by organisation number")
    public PrincipalView get(@PathParam("orgNumber") String orgNumber) {
        String problem = OrganisationNumber.problemWith(orgNumber);
        if (problem != null) {
            throw new InvalidInputException("orgNumber", problem);
        }
        Principal principal = Principal.findById(OrganisationNumber.parse(orgNumber).digits());
        if (principal == null) {
            throw new NotFoundProblem("Principal " + orgNumber);
        }
        return PrincipalView.of(principal);
    }
}
