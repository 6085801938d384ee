package se.kvalitet.indicators.requirement;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import se.kvalitet.indicators.requirement.RequirementCatalogue.Definition;
import se.kvalitet.indicators.requirement.RequirementCatalogue.Threshold;
import se.kvalitet.platform.period.PeriodType;
import se.kvalitet.platform.query.Filter;
import se.kvalitet.platform.query.Paging;
import se.kvalitet.platform.query.Params;
import se.kvalitet.platform.security.Caller;
import se.kvalitet.platform.security.Roles;
import se.kvalitet.platform.unit.AreaOfActivity;

@Path("/api/v1/requirements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requirements")
public class RequirementResource {

    public record CreateRequirement(
            @NotBlank @Pattern(regexp = Requirement.CODE_FORM, message = Requirement.CODE_RULE) String code,
            @NotBlank @Size(max = 300) String title,
            @NotNull AreaOfActivity area,
            @NotNull UnitOfMeasure unitOfMeasure,
            @NotNull Direction direction,
            @NotNull @Digits(integer = 9, fraction = 3) BigDecimal threshold,
            @NotNull PeriodType periodType,
            @Min(0) Integer minimumSampleSize,
            Boolean critical,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 3, fraction = 3) BigDecimal weight,
            @Size(max = 100) String sourceReference,
            @NotNull LocalDate validFrom,
            @Size(max = 1000) String thresholdBasis) {
    }

    public record AddThresholdVersion(@NotNull @Digits(integer = 9, fraction = 3) BigDecimal threshold, @Min(0) Integer minimumSampleSize,
            @NotNull LocalDate validFrom, @Size(max = 1000) String basis) {
    }

    /** The first day the requirement no longer applies. */
    public record Retire(@NotNull LocalDate validTo) {
    }

    @Inject
    RequirementCatalogue catalogue;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Transactional
    @Operation(summary = "Add a requirement to the catalogue with its first threshold version")
    public Response create(@NotNull @Valid CreateRequirement request) {
        Requirement requirement = catalogue.define(new Definition(request.code(), request.title(), request.area(), request.unitOfMeasure(),
                request.direction(), request.periodType(), request.critical(), request.weight(), request.sourceReference(),
                new Threshold(request.threshold(), request.minimumSampleSize(), request.validFrom(), request.thresholdBasis())), caller.name());
        return Response.created(URI.create("/api/v1/requirements/" + requirement.code)).entity(RequirementView.of(requirement)).build();
    }

    @POST
    @Path("/{code}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Transactional
    @Operation(summary = "Change a requirement's threshold from a date; earlier judgements keep their version")
    public Response addVersion(@PathParam("code") String code, @NotNull @Valid AddThresholdVersion request) {
        Requirement requirement = catalogue.changeThreshold(requirementCode(code),
                new Threshold(request.threshold(), request.minimumSampleSize(), request.validFrom(), request.basis()), caller.name());
        return Response.status(201).entity(RequirementView.of(requirement)).build();
    }

    @POST
    @Path("/{code}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Transactional
    @Operation(summary = "Retire a requirement from a date: no result for a period starting then or later is accepted; it is never deleted, and earlier results and judgements stand")
    public RequirementView retire(@PathParam("code") String code, @NotNull @Valid Retire request) {
        return RequirementView.of(catalogue.retire(requirementCode(code), request.validTo(), caller.name()));
    }

    @GET
    @Authenticated
    @Operation(summary = "The requirement catalogue")
    public Paging.Page<RequirementView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Filter filter = Filter.all();
        return Paging.of(page, size).of(Requirement.find(filter.orderBy("code"), filter.parameters()), RequirementView::of);
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Operation(summary = "One requirement with all its threshold versions")
    public RequirementView get(@PathParam("code") String code) {
        return RequirementView.of(RequirementCatalogue.find(requirementCode(code)));
    }

    private static String requirementCode(String code) {
        return Params.matching("code", code, Requirement.CODE, Requirement.CODE_RULE);
    }
}
