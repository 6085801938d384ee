package se.kvalitet.registry.principal;

import java.net.URI;

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

import io.quarkus.security.Authenticated;
import se.kvalitet.platform.query.Filter;
import se.kvalitet.platform.query.Paging;
import se.kvalitet.platform.query.Params;
import se.kvalitet.platform.security.Caller;
import se.kvalitet.platform.security.Roles;
import se.kvalitet.platform.unit.PrincipalKind;
import se.kvalitet.platform.web.NotFoundProblem;

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
    @RolesAllowed(Roles.AGENCY_OFFICER)
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
        Filter filter = Filter.all()
                .equal("kind", Params.enumValue(PrincipalKind.class, "kind", kind))
                .equal("homeMunicipality.code", Params.municipalityCode("municipality", municipality));
        return paging.of(Principal.find(filter.orderBy("orgNumber"), filter.parameters()), PrincipalView::of);
    }

    @GET
    @Path("/{orgNumber}")
    @Authenticated
    @Operation(summary = "One principal by organisation number")
    public PrincipalView get(@PathParam("orgNumber") String orgNumber) {
        Principal principal = Principal.findById(Params.orgNumber("orgNumber", orgNumber));
        if (principal == null) {
            throw new NotFoundProblem("Principal " + orgNumber);
        }
        return PrincipalView.of(principal);
    }
}
