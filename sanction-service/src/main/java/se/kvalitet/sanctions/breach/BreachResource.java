package se.kvalitet.sanctions.breach;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import io.quarkus.hibernate.orm.panache.PanacheQuery;
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
@RolesAllowed({ Roles.SUPERVISOR, Roles.AGENCY_OFFICER, Roles.MUNICIPALITY })
public class BreachResource {

    public static final String CSV = "text/csv";

    public record Count(String key, long breaches) {
    }

    public record Statistics(long total, List<Count> byArea, List<Count> byMunicipality, List<Count> byYear) {
    }

    /** One page of the breach history in its JSON form. */
    public record BreachPage(List<BreachView> items, int page, int size, long total) {
    }

    @Inject
    Visibility visibility;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "The breach history, filtered and paged; with Accept: text/csv every matching breach as CSV. from and to are dates (YYYY-MM-DD, to included) or instants")
    @APIResponse(responseCode = "200", description = "The matching breaches", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BreachPage.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@QueryParam("unitId") String unitId, @QueryParam("principal") String principal,
            @QueryParam("municipality") String municipality, @QueryParam("area") String area, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Filter filter = filter(unitId, principal, municipality, area, from, to, status);
        PanacheQuery<Breach> found = Breach.find(filter.orderBy("foundAt desc, id"), filter.parameters());
        if (accept != null && accept.contains(CSV)) {
            return Response.ok(csv(found.list()), CSV + "; charset=UTF-8").build();
        }
        Paging.Page<BreachView> breaches = Paging.of(page, size).of(found, BreachView::of);
        return Response.ok(new BreachPage(breaches.items(), breaches.page(), breaches.size(), breaches.total()), MediaType.APPLICATION_JSON)
                .build();
    }

    private static final List<String> CSV_HEADER = List.of("breachId", "unitId", "period", "principalOrgNumber", "principalKind",
            "municipalityCode", "area", "requirements", "contractId", "status", "foundAt");

    private static StreamingOutput csv(List<Breach> breaches) {
        return output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            Csv.write(writer, CSV_HEADER, breaches.stream().map(b -> Arrays.<Object>asList(b.id, b.unitId, b.period, b.principalOrgNumber,
                    b.principalKind, b.municipalityCode, b.area, b.requirements, b.contractId, b.status, b.foundAt)));
            writer.flush();
        };
    }

    @GET
    @Path("/statistics")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Breach counts per area, municipality and year, over what the caller may see")
    public Statistics statistics() {
        Filter filter = Filter.within(visibility.of("principalOrgNumber", "municipalityCode"));
        List<Count> byArea = counts("area", filter);
        return new Statistics(byArea.stream().mapToLong(Count::breaches).sum(), byArea, counts("municipalityCode", filter),
                counts("year(foundAt)", filter));
    }

    private static List<Count> counts(String key, Filter filter) {
        var query = Breach.getEntityManager().createQuery(
                "select " + key + ", count(*) from Breach" + filter.where() + " group by " + key + " order by " + key, Object[].class);
        filter.parameterMap().forEach(query::setParameter);
        return query.getResultList().stream().map(row -> new Count(String.valueOf(row[0]), (Long) row[1])).collect(Collectors.toList());
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
