package se.kvalitet.registry.municipality;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import se.kvalitet.registry.infra.InvalidInputException;
import se.kvalitet.registry.infra.NotFoundProblem;
import se.kvalitet.registry.infra.Paging;

@Path("/api/v1/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Municipalities")
public class MunicipalityResource {

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
        var query = county == null
                ? Municipality.<Municipality>findAll(Sort.by("code"))
                : Municipality.<Municipality>find("county.code", Sort.by("code"), requireCounty(county));
        List<MunicipalityView> items = query.page(paging.page(), paging.size()).list().stream().map(MunicipalityView::of).toList();
        return paging.page(items, query.count());
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One municipality by its four-digit SCB code")
    public MunicipalityView get(@PathParam("code") String code) {
        if (!Municipality.isValidCode(code)) {
            throw new InvalidInputException("code", "must be a four-digit municipality code");
        }
        Municipality municipality = Municipality.findById(code);
        if (municipality == null) {
            throw new NotFoundProblem("Municipality " + code);
        }
        return MunicipalityView.of(municipality);
    }

    private static String requireCounty(String county) {
        if (!county.matches("\\d{2}")) {
            throw new InvalidInputException("county", "must be a two-digit county code");
        }
        return county;
    }
}
