package se.kvalitet.indicators.result;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Parameters;
import se.kvalitet.indicators.infra.Caller;
import se.kvalitet.indicators.infra.InvalidInputException;
import se.kvalitet.indicators.infra.Paging;

@Path("/api/v1/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results")
public class ResultResource {

    public record SubmitResult(
            @NotNull UUID unitId,
            @NotBlank String requirementCode,
            @NotBlank String period,
            @NotNull BigDecimal value,
            @Min(0) Integer sampleSize,
            @Size(max = 200) String source) {
    }

    public record ResultView(UUID resultId, UUID unitId, String requirementCode, String period, int revision, BigDecimal value,
            Integer sampleSize, String source, Outcome outcome, int thresholdVersion, BigDecimal threshold, boolean superseded,
            Instant recordedAt) {
        static ResultView of(IndicatorResult r) {
            return new ResultView(r.id, r.unitId, r.requirementCode, r.period, r.revision, r.value, r.sampleSize, r.source,
                    r.outcome, r.thresholdVersion, r.threshold, r.superseded, r.recordedAt);
        }
    }

    @Inject
    ResultRecording recording;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Caller.INDICATOR_PUBLISHER, Caller.AGENCY_OFFICER })
    @Transactional
    @Operation(summary = "Submit one result; judged and announced on indicator.results.v1. Identical resubmission is a no-op (200), a changed value a correction (201, next revision)")
    public Response submit(@NotNull @Valid SubmitResult request) {
        ResultRecording.Recorded recorded = recording.record(request, caller.name());
        ResultView view = ResultView.of(recorded.result());
        return recorded.created()
                ? Response.created(URI.create("/api/v1/results?unitId=" + view.unitId())).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @RolesAllowed({ Caller.AGENCY_OFFICER, Caller.SUPERVISOR, Caller.INDICATOR_PUBLISHER, Caller.MUNICIPALITY, Caller.PROVIDER })
    @Operation(summary = "Current results; organisations see those of their own units (municipalities also units operating in them)")
    public Paging.Page<ResultView> list(@QueryParam("unitId") String unitId, @QueryParam("requirement") String requirement,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        List<String> where = new ArrayList<>(List.of("superseded = false"));
        Parameters parameters = new Parameters();
        if (!caller.seesAllOrganisations()) {
            where.add("unitId in (select u.id from KnownUnit u where u.principalOrgNumber = :own or u.municipalityCode in "
                    + "(select h.principalHomeMunicipality from KnownUnit h where h.principalOrgNumber = :own))");
            parameters.and("own", caller.requiredOrgNumber());
        }
        if (unitId != null) {
            try {
                parameters.and("unitId", UUID.fromString(unitId));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("unitId", "must be a UUID");
            }
            where.add("unitId = :unitId");
        }
        if (requirement != null) {
            where.add("requirementCode = :requirement");
            parameters.and("requirement", requirement);
        }
        if (from != null) {
            where.add("period >= :from");
            parameters.and("from", periodText("from", from));
        }
        if (to != null) {
            where.add("period <= :to");
            parameters.and("to", periodText("to", to));
        }
        var found = IndicatorResult.<IndicatorResult>find(String.join(" and ", where) + " order by period, requirementCode, recordedAt", parameters);
        return paging.page(found.page(paging.page(), paging.size()).list().stream().map(ResultView::of).toList(), found.count());
    }

    private static String periodText(String field, String value) {
        try {
            return Period.parse(value).text();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
