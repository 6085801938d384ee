package se.kvalitet.indicators.requirement;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
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
import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import se.kvalitet.indicators.infra.Caller;
import se.kvalitet.indicators.infra.ConflictProblem;
import se.kvalitet.indicators.infra.InvalidInputException;
import se.kvalitet.indicators.infra.NotFoundProblem;
import se.kvalitet.indicators.infra.Paging;

@Path("/api/v1/requirements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requirements")
public class RequirementResource {

    private static final Logger LOG = Logger.getLogger(RequirementResource.class);

    public record CreateRequirement(
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,39}", message = "must be 2-40 capital letters, digits, '_' or '-'") String code,
            @NotBlank @Size(max = 300) String title,
            @NotNull AreaOfActivity area,
            @NotNull UnitOfMeasure unitOfMeasure,
            @NotNull Direction direction,
            @NotNull BigDecimal threshold,
            @NotNull PeriodType periodType,
            @Min(0) Integer minimumSampleSize,
            Boolean critical,
            @DecimalMin(value = "0", inclusive = false) BigDecimal weight,
            @Size(max = 100) String sourceReference,
            @NotNull LocalDate validFrom) {
    }

    public record AddThresholdVersion(@NotNull BigDecimal threshold, @Min(0) Integer minimumSampleSize, @NotNull LocalDate validFrom) {
    }

    public record VersionView(int version, BigDecimal threshold, int minimumSampleSize, LocalDate validFrom, LocalDate validTo) {
        static VersionView of(ThresholdVersion v) {
            return new VersionView(v.version, v.threshold, v.minimumSampleSize, v.validFrom, v.validTo);
        }
    }

    public record RequirementView(String code, String title, String area, UnitOfMeasure unitOfMeasure, Direction direction,
            PeriodType periodType, boolean critical, BigDecimal weight, String sourceReference, List<VersionView> versions) {
        static RequirementView of(Requirement r) {
            return new RequirementView(r.code, r.title, r.area, r.unitOfMeasure, r.direction, r.periodType, r.critical, r.weight,
                    r.sourceReference, r.versions.stream().map(VersionView::of).toList());
        }
    }

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.AGENCY_OFFICER)
    @Transactional
    @Operation(summary = "Add a requirement to the catalogue with its first threshold version")
    public Response create(@NotNull @Valid CreateRequirement request) {
        if (Requirement.findById(request.code()) != null) {
            throw new ConflictProblem("code", "requirement " + request.code() + " already exists");
        }
        checkThreshold(request.unitOfMeasure(), request.threshold());
        Requirement requirement = new Requirement();
        requirement.code = request.code();
        requirement.title = request.title().trim();
        requirement.area = request.area().name();
        requirement.unitOfMeasure = request.unitOfMeasure();
        requirement.direction = request.direction();
        requirement.periodType = request.periodType();
        requirement.critical = Boolean.TRUE.equals(request.critical());
        requirement.weight = request.weight() == null ? BigDecimal.ONE : request.weight();
        requirement.sourceReference = request.sourceReference();
        requirement.createdAt = clock.instant();
        requirement.createdBy = caller.name();
        requirement.addVersion(request.threshold(), orZero(request.minimumSampleSize()), request.validFrom());
        requirement.persist();
        LOG.infof("Requirement %s created by %s", requirement.code, caller.name());
        return Response.created(URI.create("/api/v1/requirements/" + requirement.code)).entity(RequirementView.of(requirement)).build();
    }

    @POST
    @Path("/{code}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.AGENCY_OFFICER)
    @Transactional
    @Operation(summary = "Change a requirement's threshold from a date; earlier judgements keep their version")
    public Response addVersion(@PathParam("code") String code, @NotNull @Valid AddThresholdVersion request) {
        Requirement requirement = find(code);
        checkThreshold(requirement.unitOfMeasure, request.threshold());
        ThresholdVersion version;
        try {
            version = requirement.addVersion(request.threshold(), orZero(request.minimumSampleSize()), request.validFrom());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("validFrom", e.getMessage());
        }
        version.persist();
        LOG.infof("Requirement %s threshold version %d from %s by %s", code, version.version, version.validFrom, caller.name());
        return Response.status(201).entity(RequirementView.of(requirement)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "The requirement catalogue")
    public Paging.Page<RequirementView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        var found = Requirement.<Requirement>findAll(Sort.by("code"));
        return paging.page(found.page(paging.page(), paging.size()).list().stream().map(RequirementView::of).toList(), found.count());
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Operation(summary = "One requirement with all its threshold versions")
    public RequirementView get(@PathParam("code") String code) {
        return RequirementView.of(find(code));
    }

    private static Requirement find(String code) {
        Requirement requirement = Requirement.findById(code);
        if (requirement == null) {
            throw new NotFoundProblem("Requirement " + code);
        }
        return requirement;
    }

    private static void checkThreshold(UnitOfMeasure unit, BigDecimal threshold) {
        if (threshold.signum() < 0 || unit == UnitOfMeasure.PERCENT && threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("threshold", unit == UnitOfMeasure.PERCENT ? "must be from 0 to 100" : "must not be negative");
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
