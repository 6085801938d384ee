package se.kvalitet.indicators.result;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import se.kvalitet.indicators.requirement.Requirement;
import se.kvalitet.platform.period.PeriodRange;
import se.kvalitet.platform.query.Filter;
import se.kvalitet.platform.query.Paging;
import se.kvalitet.platform.query.Params;
import se.kvalitet.platform.security.Caller;
import se.kvalitet.platform.security.Roles;
import se.kvalitet.platform.security.Visibility;

@Path("/api/v1/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results")
public class ResultResource {

    /** Long enough for the largest batch on a busy machine; one transaction for all its accepted rows. */
    static final int BATCH_TIMEOUT_SECONDS = 600;

    public record SubmitResult(
            @NotNull UUID unitId,
            @NotBlank String requirementCode,
            @NotBlank String period,
            @NotNull @Digits(integer = 9, fraction = 3) BigDecimal value,
            @Min(0) Integer sampleSize,
            @Size(max = 200) String source) {
    }

    @Inject
    ResultRecording recording;

    @Inject
    Caller caller;

    @Inject
    Visibility visibility;

    @Inject
    ResultBatch batch;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.INDICATOR_PUBLISHER, Roles.AGENCY_OFFICER })
    @Transactional
    @Operation(summary = "Submit one result; judged and announced on indicator.results.v1. Identical resubmission is a no-op (200), a changed value a correction (201, next revision)")
    public Response submit(@NotNull @Valid SubmitResult request) {
        ResultRecording.Recorded recorded = recording.record(request, caller.name());
        ResultView view = ResultView.of(recorded.result());
        return recorded.created()
                ? Response.created(URI.create("/api/v1/results?unitId=" + view.unitId())).entity(view).build()
                : Response.ok(view).build();
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.INDICATOR_PUBLISHER, Roles.AGENCY_OFFICER })
    @Transactional
    @TransactionConfiguration(timeout = BATCH_TIMEOUT_SECONDS)
    @Operation(summary = "Submit up to 10,000 results in one JSON array; each row recorded as a single result is (identical: no change; changed: a correction), each refused row answered with its number, field and reason. Two rows for the same unit, requirement and period with different values are both refused")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SubmitResult.class)))
    public ResultBatch.BatchResult submitMany(InputStream body) {
        return batch.fromJson(body, caller.name());
    }

    @GET
    @RolesAllowed({ Roles.AGENCY_OFFICER, Roles.SUPERVISOR, Roles.INDICATOR_PUBLISHER, Roles.MUNICIPALITY, Roles.PROVIDER })
    @Operation(summary = "Current results; organisations see those of their own units (municipalities also units operating in them). from and to are periods (2025, 2025H1, 2025Q3, 2025-07): the results of every period lying wholly between them")
    public Paging.Page<ResultView> list(@QueryParam("unitId") String unitId, @QueryParam("requirement") String requirement,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        PeriodRange periods = PeriodRange.of(from, to);
        Filter filter = Filter.within(visibility.of("u.principalOrgNumber", "u.municipalityCode")
                        .inside("unitId in (select u.id from KnownUnit u where %s)"))
                .equal("superseded", false)
                .equal("unitId", Params.uuid("unitId", unitId))
                .equal("requirementCode", Params.matching("requirement", requirement, Requirement.CODE, Requirement.CODE_RULE))
                .from("periodStart", periods.start())
                .upTo("periodEnd", periods.end());
        return paging.of(IndicatorResult.find(filter.orderBy("periodStart, period, requirementCode, recordedAt"), filter.parameters()),
                ResultView::of);
    }
}
