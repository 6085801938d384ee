package se.kvalitet.registry.municipality;

import java.util.regex.Pattern;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import se.kvalitet.platform.query.Filter;
import se.kvalitet.platform.query.Paging;
import se.kvalitet.platform.query.Params;
import se.kvalitet.platform.web.NotFoundProblem;

@Path("/api/v1/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Municipalities")
public class MunicipalityResource {

    private static final Pattern COUNTY = Pattern.compile("\\d{2}");

    public record MunicipalityView(String code, String name, String countyCode, String countyName) {
        static MunicipalityView of(Municipality m) {
            return new MunicipalityView(m.code, m.name, m.county.code, m.county.name);
        }
    }

    @GET
    @Operation(summary = "List the municipalities, optionally of one county")
    public Paging.Page<MunicipalityView> list(@QueryParam("county") String county,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        Filter filter = Filter.all().equal("county.code", Params.matching("county", county, COUNTY, "must be a two-digit county code"));
        return paging.of(Municipality.find(filter.orderBy("code"), filter.parameters()), MunicipalityView::of);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One municipality by its four-digit SCB code")
    public MunicipalityView get(@PathParam("code") String code) {
        Municipality municipality = Municipality.findById(Params.municipalityCode("code", code));
        if (municipality == null) {
            throw new NotFoundProblem("Municipality " + code);
        }
        return MunicipalityView.of(municipality);
    }
}
