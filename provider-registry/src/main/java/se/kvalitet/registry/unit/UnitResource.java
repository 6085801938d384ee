package se.kvalitet.registry.unit;

import java.io.InputStream;
import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import se.kvalitet.platform.query.Filter;
import se.kvalitet.platform.query.Paging;
import se.kvalitet.platform.query.Params;
import se.kvalitet.platform.security.Caller;
import se.kvalitet.platform.security.Roles;
import se.kvalitet.platform.security.Visibility;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.UnitState;
import se.kvalitet.platform.unit.UnitStatus;
import se.kvalitet.platform.web.Csv;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units")
public class UnitResource {

    /** Long enough for the largest bulk registration on a busy machine; one transaction, so all or nothing of its valid rows. */
    static final int BULK_TIMEOUT_SECONDS = 600;

    public record RegisterUnit(
            @NotBlank @Size(max = 200) String name,
            @NotBlank String principalOrgNumber,
            @NotBlank String municipalityCode,
            @NotNull AreaOfActivity area,
            @Size(max = 50) String permitId) {
    }

    /** A unit's new name, municipality, area and permit; version is the one read (409 if it changed since). */
    public record ReviseUnit(
            @NotNull @Min(0) Integer version,
            @NotBlank @Size(max = 200) String name,
            @NotBlank String municipalityCode,
            @NotNull AreaOfActivity area,
            @Size(max = 50) String permitId) {
    }

    /** How many states a republish announced. */
    public record Republished(long units) {
    }

    @Inject
    UnitRegistration registration;

    @Inject
    UnitBulk bulk;

    @Inject
    Caller caller;

    @Inject
    Visibility visibility;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENCY_OFFICER, Roles.MUNICIPALITY })
    @Transactional
    @Operation(summary = "Register a provider unit; announced on registry.units.v1")
    public Response register(@NotNull @Valid RegisterUnit request) {
        Unit unit = registration.register(request, caller);
        return Response.created(URI.create("/api/v1/units/" + unit.id)).entity(unit.state()).build();
    }

    @GET
    @RolesAllowed({ Roles.AGENCY_OFFICER, Roles.SUPERVISOR, Roles.INDICATOR_PUBLISHER, Roles.MUNICIPALITY, Roles.PROVIDER })
    @Operation(summary = "List units; municipalities and providers see those of their own organisation")
    public Paging.Page<UnitState> list(@QueryParam("principal") String principal, @QueryParam("municipality") String municipality,
            @QueryParam("area") String area, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        Filter filter = Filter.within(visibility.of("principal.orgNumber", "municipality.code"))
                .equal("principal.orgNumber", Params.orgNumber("principal", principal))
                .equal("municipality.code", Params.municipalityCode("municipality", municipality))
                .equal("area", Params.enumValue(AreaOfActivity.class, "area", area))
                .equal("status", Params.enumValue(UnitStatus.class, "status", status));
        return paging.of(Unit.find(filter.orderBy("registeredAt, id"), filter.parameters()), Unit::state);
    }

    @GET
    @Path("/{unitId}")
    @RolesAllowed({ Roles.AGENCY_OFFICER, Roles.SUPERVISOR, Roles.INDICATOR_PUBLISHER, Roles.MUNICIPALITY, Roles.PROVIDER })
    @Operation(summary = "One unit by id")
    public UnitState get(@PathParam("unitId") String unitId) {
        return visible(unitId).state();
    }

    @PUT
    @Path("/{unitId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENCY_OFFICER, Roles.MUNICIPALITY })
    @Transactional
    @Operation(summary = "Change a unit's name, municipality, area or permit; announced on registry.units.v1. A municipality changes only units operating in it; a CLOSED unit is not changed")
    public UnitState revise(@PathParam("unitId") String unitId, @NotNull @Valid ReviseUnit request) {
        return registration.revise(visible(unitId), request, caller).state();
    }

    @POST
    @Path("/{unitId}/close")
    @RolesAllowed({ Roles.AGENCY_OFFICER, Roles.MUNICIPALITY })
    @Transactional
    @Operation(summary = "Close a unit: a state change, never a delete; announced on registry.units.v1, it ends the unit's open contract downstream")
    public UnitState close(@PathParam("unitId") String unitId) {
        return registration.close(visible(unitId), caller).state();
    }

    @POST
    @Path("/bulk")
    @Consumes({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @RolesAllowed({ Roles.AGENCY_OFFICER, Roles.MUNICIPALITY })
    @Transactional
    @TransactionConfiguration(timeout = BULK_TIMEOUT_SECONDS)
    @Operation(summary = "Register up to 10,000 units in one request: a JSON array of units, or text/csv with the header name,principalOrgNumber,municipalityCode,area,permitId (UTF-8, no byte-order mark; an empty permitId cell for a municipal unit). Valid rows are stored and announced; each refused row is answered with its number (from 1, the header not counted), field and reason")
    @RequestBody(content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RegisterUnit.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public UnitBulk.BulkResult registerMany(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        return contentType != null && contentType.startsWith(Csv.MEDIA_TYPE) ? bulk.fromCsv(body, caller) : bulk.fromJson(body, caller);
    }

    @POST
    @Path("/republish")
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Transactional
    @Operation(summary = "Announce every unit's current state again on registry.units.v1, for a consumer that joins late")
    @APIResponse(responseCode = "202", description = "How many states were recorded to be announced", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Republished.class)))
    public Response republish() {
        return Response.accepted(new Republished(registration.republish())).build();
    }

    private Unit visible(String unitId) {
        Filter filter = Filter.within(visibility.of("principal.orgNumber", "municipality.code")).equal("id", Params.uuid("unitId", unitId));
        return Filter.found(Unit.<Unit>find(filter.orderBy("id"), filter.parameters()), "Unit " + unitId);
    }
}
