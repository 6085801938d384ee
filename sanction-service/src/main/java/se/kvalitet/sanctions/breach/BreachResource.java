package se.kvalitet.sanctions.breach;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.narayana.jta.QuarkusTransaction;
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

    public static final String CSV = "text/csv";
    private static final String FILTERS = "unitId, principal, municipality, area, status; from and to are dates (YYYY-MM-DD, to included) or instants";
    private static final List<String> CSV_HEADER = List.of("breachId", "unitId", "period", "principalOrgNumber", "principalKind",
            "municipalityCode", "area", "requirements", "contractId", "status", "foundAt");
    private static final String CSV_COLUMNS = "id, unitId, period, principalOrgNumber, principalKind, municipalityCode, area,"
            + " requirements, contractId, status, foundAt";
    /** Rows the database sends at a time while the CSV streams. */
    private static final int FETCH_SIZE = 5000;
    /** Characters written to the client at a time. */
    private static final int WRITE_BUFFER = 64 * 1024;

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
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "The breach history, newest first, each breach with its history; paged JSON, or with Accept: text/csv every matching breach streamed. Filters: "
            + FILTERS)
    @APIResponse(responseCode = "200", description = "The matching breaches", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BreachPage.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@QueryParam("unitId") String unitId, @QueryParam("principal") String principal,
            @QueryParam("municipality") String municipality, @QueryParam("area") String area, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Paging paging = Paging.of(page, size);
        Filter filter = filter(unitId, principal, municipality, area, from, to, status);
        if (accept != null && accept.contains(CSV) && !accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(csv(filter), CSV + "; charset=UTF-8").build();
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

    /** Streams every matching breach from a database cursor: neither the rows nor the answer are held in memory. */
    private StreamingOutput csv(Filter filter) {
        String query = "select " + CSV_COLUMNS + " from Breach" + filter.where() + " order by foundAt desc, id";
        Map<String, Object> parameters = filter.parameterMap();
        return output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), WRITE_BUFFER);
            QuarkusTransaction.requiringNew().run(() -> {
                var rows = entityManager.createQuery(query, Object[].class)
                        .setHint("org.hibernate.fetchSize", FETCH_SIZE)
                        .setHint("org.hibernate.readOnly", true);
                parameters.forEach(rows::setParameter);
                try (Stream<Object[]> stream = rows.getResultStream()) {
                    Csv.write(writer, CSV_HEADER, stream.map(Arrays::asList));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
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
