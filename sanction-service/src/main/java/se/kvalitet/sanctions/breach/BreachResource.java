package se.kvalitet.sanctions.breach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Parameters;
import se.kvalitet.sanctions.infra.Caller;
import se.kvalitet.sanctions.infra.InvalidInputException;
import se.kvalitet.sanctions.infra.Paging;
import se.kvalitet.sanctions.infra.QueryParameters;
import se.kvalitet.sanctions.infra.Visibility;

@Path("/api/v1/breaches")
@Tag(name = "Breach history")
@RolesAllowed({ Caller.SUPERVISOR, Caller.AGENCY_OFFICER, Caller.MUNICIPALITY })
public class BreachResource {

    public static final String CSV = "text/csv";

    public record HistoryEntry(String type, Instant occurredAt, String detail) {
    }

    public record BreachView(UUID breachId, UUID unitId, String period, String principalOrgNumber, String principalKind,
            String municipalityCode, String area, List<String> requirements, UUID contractId, BreachStatus status, Instant foundAt,
            List<HistoryEntry> history) {
        static BreachView of(Breach b) {
            return new BreachView(b.id, b.unitId, b.period, b.principalOrgNumber, b.principalKind, b.municipalityCode, b.area,
                    Arrays.asList(b.requirements.split(",")), b.contractId, b.status, b.foundAt,
                    b.events.stream().map(e -> new HistoryEntry(e.type, e.occurredAt, e.detail)).toList());
        }
    }

    public record Count(String key, long breaches) {
    }

    public record Statistics(long total, List<Count> byArea, List<Count> byMunicipality, List<Count> byYear) {
    }

    @Inject
    Visibility visibility;

    /** One page of the breach history in its JSON form. */
    public record BreachPage(List<BreachView> items, int page, int size, long total) {
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "The breach history, filtered and paged; with Accept: text/csv every matching breach as CSV")
    @APIResponse(responseCode = "200", description = "The matching breaches", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BreachPage.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@QueryParam("unitId") String unitId, @QueryParam("principal") String principal,
            @QueryParam("municipality") String municipality, @QueryParam("area") String area, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        var found = query(unitId, principal, municipality, area, from, to, status);
        if (accept != null && accept.contains(CSV)) {
            return Response.ok(csv(found.list()), CSV).build();
        }
        Paging paging = Paging.of(page, size);
        List<BreachView> items = found.page(paging.page(), paging.size()).list().stream().map(BreachView::of).toList();
        return Response.ok(new BreachPage(items, paging.page(), paging.size(), found.count()), MediaType.APPLICATION_JSON).build();
    }

    private static String csv(List<Breach> breaches) {
        StringBuilder csv = new StringBuilder(
                "breachId,unitId,period,principalOrgNumber,principalKind,municipalityCode,area,requirements,contractId,status,foundAt\r\n");
        for (Breach b : breaches) {
            csv.append(String.join(",", b.id.toString(), b.unitId.toString(), b.period, b.principalOrgNumber, b.principalKind,
                    b.municipalityCode, b.area, "\"" + b.requirements.replace("\"", "\"\"") + "\"",
                    b.contractId == null ? "" : b.contractId.toString(), b.status.name(), b.foundAt.toString())).append("\r\n");
        }
        return csv.toString();
    }

    @GET
    @Path("/statistics")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Breach counts per area, municipality and year, over what the caller may see")
    public Statistics statistics() {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        visibility.restrict(where, parameters);
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = where.isEmpty() ? Breach.count() : Breach.count(String.join(" and ", where), parameters);
        return new Statistics(total, counts("area", filter, parameters), counts("municipalityCode", filter, parameters),
                counts("year(foundAt)", filter, parameters));
    }

    private static List<Count> counts(String key, String filter, Parameters parameters) {
        var query = Breach.getEntityManager().createQuery(
                "select " + key + ", count(*) from Breach" + filter + " group by " + key + " order by " + key, Object[].class);
        parameters.map().forEach(query::setParameter);
        return query.getResultList().stream().map(row -> new Count(String.valueOf(row[0]), (Long) row[1])).collect(Collectors.toList());
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<Breach> query(String unitId, String principal, String municipality,
            String area, String from, String to, String status) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        visibility.restrict(where, parameters);
        if (unitId != null) {
            where.add("unitId = :unitId");
            parameters.and("unitId", QueryParameters.uuid("unitId", unitId));
        }
        if (principal != null) {
            where.add("principalOrgNumber = :principal");
            parameters.and("principal", principal.replace("-", ""));
        }
        if (municipality != null) {
            where.add("municipalityCode = :municipality");
            parameters.and("municipality", municipality);
        }
        if (area != null) {
            where.add("area = :area");
            parameters.and("area", area);
        }
        if (from != null) {
            where.add("foundAt >= :from");
            parameters.and("from", day("from", from));
        }
        if (to != null) {
            where.add("foundAt < :to");
            parameters.and("to", day("to", to).plusSeconds(86_400));
        }
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", QueryParameters.enumValue(BreachStatus.class, "status", status));
        }
        return Breach.find((where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by foundAt desc, id", parameters);
    }

    private static Instant day(String field, String value) {
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date, YYYY-MM-DD");
        }
    }
}
