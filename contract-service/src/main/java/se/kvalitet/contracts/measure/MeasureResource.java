package se.kvalitet.contracts.measure;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.query.Filter;
import se.kvalitet.platform.query.Paging;
import se.kvalitet.platform.query.Params;
import se.kvalitet.platform.security.Caller;
import se.kvalitet.platform.security.Roles;
import se.kvalitet.platform.web.ConflictProblem;

@Path("/api/v1/measures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measures catalogue")
@RolesAllowed({ Roles.AGENCY_OFFICER, Roles.SUPERVISOR, Roles.MUNICIPALITY, Roles.PROVIDER })
public class MeasureResource {

    private static final Logger LOG = Logger.getLogger(MeasureResource.class);
    static final String CODE = "[A-Z][A-Z0-9-]{1,39}";
    static final String REQUIREMENT_CODE = "[A-Za-z0-9_.-]{1,40}";
    private static final String REQUIREMENT_FORM = "must be a requirement code of 1 to 40 letters, digits, '_', '.' or '-'";

    public record DefineMeasure(
            @NotNull @jakarta.validation.constraints.Pattern(regexp = CODE, message = "must be 2 to 40 capital letters, digits or hyphens, starting with a letter") String code,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 2000) String description,
            @NotBlank @Size(max = 1000) String evidence,
            @NotNull @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 10, fraction = 2) BigDecimal estimatedCost,
            @NotEmpty @Size(max = 20) List<@NotNull @jakarta.validation.constraints.Pattern(regexp = REQUIREMENT_CODE, message = REQUIREMENT_FORM) String> requirements) {
    }

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "The measures catalogue, in code order; requirement narrows it to the measures addressing that requirement")
    public Paging.Page<MeasureView> list(@QueryParam("requirement") String requirement, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        String code = Params.matching("requirement", requirement, Pattern.compile(REQUIREMENT_CODE), REQUIREMENT_FORM);
        Filter filter = Filter.all();
        if (code != null) {
            filter = filter.and(new Filter.Condition(":requirement member of requirements", Map.of("requirement", code)));
        }
        return paging.of(Measure.find(filter.orderBy("code"), filter.parameters()), MeasureView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Transactional
    @Operation(summary = "Add a measure to the catalogue; later drafts for the requirements it addresses propose it")
    public Response define(@NotNull @Valid DefineMeasure request) {
        if (Measure.findById(request.code()) != null) {
            throw new ConflictProblem("code", "measure " + request.code() + " is already in the catalogue");
        }
        Measure measure = new Measure();
        measure.code = request.code();
        measure.title = request.title().trim();
        measure.description = request.description().trim();
        measure.evidence = request.evidence().trim();
        measure.estimatedCost = request.estimatedCost().setScale(2);
        measure.requirements.addAll(request.requirements().stream().distinct().sorted().toList());
        measure.createdAt = clock.instant();
        measure.createdBy = caller.name();
        measure.persist();
        MeasureView view = MeasureView.of(measure);
        audit.record("Measure", measure.code, "define", null, view);
        LOG.infof("Measure %s defined by %s for %s", measure.code, caller.name(), measure.requirements);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
