package se.kvalitet.contracts.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.kvalitet.contracts.contract.Contract;
import se.kvalitet.contracts.contract.ContractStatus;
import se.kvalitet.platform.period.SwedishCalendar;
import se.kvalitet.platform.query.Filter;
import se.kvalitet.platform.query.Paging;
import se.kvalitet.platform.query.Params;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.web.Csv;

/**
 * The public register (DESIGN.md §2.3): every contract from the day it is issued, anonymously.
 * It shows the unit, where it operates, the area, the status, the dates and the breached
 * requirements; never who signed, what a measure costs, what was reported or why a contract was
 * cancelled, and nothing of the principal (a sole trader's organisation number is a personal
 * identity number).
 */
@Path("/api/v1/public/contracts")
@Tag(name = "Public register")
@PermitAll
public class PublicContractResource {

    /** One contract as the public sees it. */
    public record PublicContract(UUID contractId, UUID unitId, String unitName, String municipalityCode, AreaOfActivity area,
            ContractStatus status, String period, List<String> breachedRequirements, LocalDate issuedOn, LocalDate startDate,
            LocalDate endDate, LocalDate closedOn) {

        static PublicContract of(Contract c) {
            return new PublicContract(c.id, c.unitId, c.unitName, c.municipalityCode, c.area, c.status, c.period,
                    c.breachedRequirementCodes(), date(c.issuedAt), c.startDate, c.endDate, date(c.closedAt));
        }

        private static LocalDate date(Instant instant) {
            return instant == null ? null : SwedishCalendar.dayOf(instant);
        }

        List<Object> cells() {
            return List.of(contractId, unitId, unitName, municipalityCode, area, status, period, String.join(" ", breachedRequirements),
                    orEmpty(issuedOn), startDate, endDate, orEmpty(closedOn));
        }

        private static Object orEmpty(Object value) {
            return value == null ? "" : value;
        }
    }

    static final List<String> CSV_HEADER = List.of("contractId", "unitId", "unitName", "municipalityCode", "area", "status", "period",
            "breachedRequirements", "issuedOn", "startDate", "endDate", "closedOn");

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Transactional
    @Operation(summary = "The public register of issued contracts, newest first, filtered by municipality, area and status; paged JSON, or with Accept: text/csv every matching contract")
    @APIResponse(responseCode = "200", description = "The register", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@QueryParam("municipality") String municipality, @QueryParam("area") String area,
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Paging paging = Paging.of(page, size);
        Filter filter = Filter.all()
                .and(new Filter.Condition("issuedAt is not null", Map.of()))
                .equal("municipalityCode", Params.municipalityCode("municipality", municipality))
                .equal("area", Params.enumValue(AreaOfActivity.class, "area", area))
                .equal("status", Params.enumValue(ContractStatus.class, "status", status));
        String query = filter.orderBy("issuedAt desc, id");
        if (Csv.wanted(accept)) {
            return Csv.answer(CSV_HEADER, () -> Contract.<Contract>find(query, filter.parameters()).stream()
                    .map(PublicContract::of).map(PublicContract::cells));
        }
        return Response.ok(paging.of(Contract.find(query, filter.parameters()), PublicContract::of), MediaType.APPLICATION_JSON).build();
    }

    /** The JSON page, named for the OpenAPI document. */
    @Schema(name = "PublicContractPage")
    public record PublicPage(List<PublicContract> items, int page, int size, long total) {
    }
}
