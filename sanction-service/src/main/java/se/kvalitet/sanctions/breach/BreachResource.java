package se.kvalitet.sanctions.breach;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

import se.kvalitet.platform.query.Filter;
import se.kvalitet.platform.query.Paging;
import se.kvalitet.platform.query.Params;
import se.kvalitet.platform.query.TimeRange;
import se.kvalitet.platform.security.Roles;
import se.kvalitet.platform.security.Visibility;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.web.Csv;

@Path("/api/v1/breaches")
@Tag(name = "Breach history")
@RolesAllowed({ Roles.SUPERVISOR, Roles.AGENCY_OFFICER, Roles.MUNICIPALITY, Roles.PROVIDER })
public class BreachResource {

    private static final String FILTERS = "unitId, principal, municipality, area, status; from and to are dates (YYYY-MM-DD, to included) or instants";
    private static final List<String> CSV_HEADER = List.of("breachId", "unitId", "period", "principalOrgNumber", "principalKind",
            "municipalityCode", "area", "requirements", "contractId", "status", "foundAt");
    private static final String CSV_COLUMNS = "id, unitId, period, principalOrgNumber, principalKind, municipalityCode, area,"
            + " requirements, contractId, status, foundAt";

    public record Count(String key, long breaches) {
    }

    public record Statistics(long total, long elderlyCare, List<Count> byArea, List<Count> byMunicipality, List<Count> byYear) {
    }

    /** One page of the breach history in its JSON form. */
    public record BreachPage(List<BreachView> items, int page, int size, long total) {
    }

    @Inject
    Visibility visibility;

    @Inject
    EntityManager entityManager;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "The breach history, newest first, each breach with its history; paged JSON, or with Accept: text/csv every matching breach streamed. Filters: "
            + FILTERS)
    @APIResponse(responseCode = "200", description = "The matching breaches", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BreachPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@QueryParam("unitId") String unitId, @QueryParam("principal") String principal,
            @QueryParam("municipality") String municipality, @QueryParam("area") String area, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Paging paging = Paging.of(page, size);
        Filter filter = filter(unitId, principal, municipality, area, from, to, status);
        if (Csv.wanted(accept)) {
            return Csv.answer(CSV_HEADER, () -> csvRows(filter));
        }
        Paging.Page<Breach> breaches = paging.of(Breach.<Breach>find(filter.orderBy("foundAt desc, id"), filter.parameters()),
                (Breach b) -> b);
        return Response.ok(new BreachPage(withHistories(breaches.items()), breaches.page(), breaches.size(), breaches.total()),
                MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/statistics")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Breach counts over the same filters as the history: the total, elderly care on its own, and per area, municipality and year found. Filters: "
            + FILTERS)
    public Statistics statistics(@QueryParam("unitId") String unitId, @QueryParam("principal") String principal,
            @QueryParam("municipality") String municipality, @QueryParam("area") String area, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("status") String status) {
        Filter filter = filter(unitId, principal, municipality, area, from, to, status);
        List<Count> byArea = counts("area", filter);
        return new Statistics(byArea.stream().mapToLong(Count::breaches).sum(),
                byArea.stream().filter(c -> c.key().equals(AreaOfActivity.ELDERLY_CARE.name())).mapToLong(Count::breaches).sum(), byArea,
                counts("municipalityCode", filter), counts("year(foundAt)", filter));
    }

    /** Every breach of the page with its history, read in one query for the whole page. */
    private static List<BreachView> withHistories(List<Breach> breaches) {
        List<UUID> ids = breaches.stream().map(b -> b.id).toList();
        Map<UUID, List<BreachEvent>> histories = ids.isEmpty() ? Map.of()
                : BreachEvent.<BreachEvent>list("breach.id in ?1 order by seq", ids).stream()
                        .collect(Collectors.groupingBy(e -> e.breach.id));
        return breaches.stream().map(b -> BreachView.of(b, histories.getOrDefault(b.id, List.of()))).toList();
    }

    /** Every matching breach, read from a database cursor while the answer is written. */
    private Stream<List<Object>> csvRows(Filter filter) {
        var rows = entityManager.createQuery("select " + CSV_COLUMNS + " from Breach" + filter.where() + " order by foundAt desc, id",
                Object[].class).setHint("org.hibernate.fetchSize", Csv.CURSOR_FETCH_SIZE).setHint("org.hibernate.readOnly", true);
        filter.parameterMap().forEach(rows::setParameter);
        return rows.getResultStream().map(Arrays::asList);
    }

    private static List<Count> counts(String key, Filter filter) {
        var query = Breach.getEntityManager().createQuery(
                "select " + key + ", count(*) from Breach" + filter.where() + " group by " + key + " order by " + key, Object[].class);
        filter.parameterMap().forEach(query::setParameter);
        return query.getResultList().stream().map(row -> new Count(String.valueOf(row[0]), (Long) row[1])).toList();
    }

    private Filter filter(String unitId, String principal, String municipality, String area, String from, String to, String status) {
        TimeRange found = TimeRange.of(from, to);
        return Filter.within(visibility.of("principalOrgNumber", "municipalityCode"))
                .equal("unitId", Params.uuid("unitId", unitId))
                .equal("principalOrgNumber", Params.orgNumber("principal", principal))
                .equal("municipalityCode", Params.municipalityCode("municipality", municipality))
                .equal("area", Params.enumValue(AreaOfActivity.class, "area", area))
                .from("foundAt", found.from())
                .before("foundAt", found.until())
                .equal("status", Params.enumValue(BreachStatus.class, "status", status));
    }
}
