package se.kvalitet.indicators.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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

import se.kvalitet.indicators.requirement.Requirement;
import se.kvalitet.platform.query.Paging;
import se.kvalitet.platform.query.Params;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.web.Csv;

/**
 * Published results (the reform: "where possible, results shall be reported"): anonymously, the
 * latest judged result of every unit for every requirement, with the unit's name, municipality
 * and area. Nothing about persons and no internal source names: neither the sample size, the
 * source nor who recorded it.
 */
@Path("/api/v1/public/results")
@Tag(name = "Published results")
@PermitAll
public class PublicResultResource {

    private static final List<String> CSV_HEADER = List.of("unitId", "unitName", "municipalityCode", "area", "requirementCode",
            "requirementTitle", "unitOfMeasure", "direction", "period", "value", "threshold", "outcome");
    private static final String COLUMNS = "r.unit_id, u.name, u.municipality_code, u.area, r.requirement_code, q.title, q.unit_of_measure,"
            + " q.direction, r.period, r.value, r.threshold, r.outcome";
    /** The current revision of each unit's result for each requirement in its latest period. */
    private static final String LATEST = "select distinct on (r.unit_id, r.requirement_code) " + COLUMNS
            + " from indicator_result r join known_unit u on u.id = r.unit_id join requirement q on q.code = r.requirement_code"
            + " where not r.superseded%s order by r.unit_id, r.requirement_code, r.period_start desc, r.period_end desc";

    /** One published result. */
    public record PublishedResult(UUID unitId, String unitName, String municipalityCode, AreaOfActivity area, String requirementCode,
            String requirementTitle, String unitOfMeasure, String direction, String period, BigDecimal value, BigDecimal threshold,
            String outcome) {

        static PublishedResult of(Object[] row) {
            return new PublishedResult((UUID) row[0], (String) row[1], (String) row[2], AreaOfActivity.valueOf((String) row[3]),
                    (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8], (BigDecimal) row[9],
                    (BigDecimal) row[10], (String) row[11]);
        }
    }

    /** The JSON page, named for the OpenAPI document. */
    @Schema(name = "PublishedResultPage")
    public record PublishedPage(List<PublishedResult> items, int page, int size, long total) {
    }

    @Inject
    EntityManager entityManager;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Transactional
    @Operation(summary = "The latest judged result of every unit for every requirement, by municipality, unit and requirement; filters municipality, area and requirement; paged JSON, or with Accept: text/csv every matching result streamed")
    @APIResponse(responseCode = "200", description = "Published results", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishedPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@QueryParam("municipality") String municipality, @QueryParam("area") String area,
            @QueryParam("requirement") String requirement, @QueryParam("page") String page, @QueryParam("size") String size,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Paging paging = Paging.of(page, size);
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        String code = Params.municipalityCode("municipality", municipality);
        if (code != null) {
            conditions.add("u.municipality_code = :municipality");
            parameters.put("municipality", code);
        }
        AreaOfActivity unitArea = Params.enumValue(AreaOfActivity.class, "area", area);
        if (unitArea != null) {
            conditions.add("u.area = :area");
            parameters.put("area", unitArea.name());
        }
        String requirementCode = Params.matching("requirement", requirement, Requirement.CODE, Requirement.CODE_RULE);
        if (requirementCode != null) {
            conditions.add("r.requirement_code = :requirement");
            parameters.put("requirement", requirementCode);
        }
        String latest = LATEST.formatted(conditions.stream().map(c -> " and " + c).reduce("", String::concat));
        String ordered = "select * from (" + latest + ") p order by p.municipality_code, p.name, p.unit_id, p.requirement_code";
        if (Csv.wanted(accept)) {
            return Csv.answer(CSV_HEADER, () -> csvRows(ordered, parameters));
        }
        Query rows = entityManager.createNativeQuery(ordered).setFirstResult(paging.page() * paging.size()).setMaxResults(paging.size());
        Query count = entityManager.createNativeQuery("select count(*) from (" + latest + ") p");
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        return Response.ok(new PublishedPage(found.stream().map(PublishedResult::of).toList(), paging.page(), paging.size(),
                ((Number) count.getSingleResult()).longValue()), MediaType.APPLICATION_JSON).build();
    }

    /** Every matching result, read from a database cursor while the answer is written. */
    private Stream<List<Object>> csvRows(String query, Map<String, Object> parameters) {
        Query rows = entityManager.createNativeQuery(query).setHint("org.hibernate.fetchSize", Csv.CURSOR_FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true);
        parameters.forEach(rows::setParameter);
        @SuppressWarnings("unchecked")
        Stream<Object[]> stream = rows.getResultStream();
        return stream.map(Arrays::asList);
    }
}
