package se.kvalitet.indicators.kolada;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.query.Filter;
import se.kvalitet.platform.query.Paging;
import se.kvalitet.platform.query.Params;
import se.kvalitet.platform.security.Caller;
import se.kvalitet.platform.security.Roles;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.web.InvalidInputException;
import se.kvalitet.platform.web.NotFoundProblem;

/** The Kolada mapping: how Kolada's KPIs, organisational units and municipalities map onto our requirements and units. */
@Path("/api/v1/kolada-mappings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kolada mappings")
public class KoladaMappingResource {

    static final String AUDITED_AS = "KoladaMapping";

    /** One mapping as the API shows it and the audit trail records it. */
    public record MappingView(KoladaMapping.Kind kind, String koladaId, AreaOfActivity area, String requirementCode, UUID unitId,
            Instant updatedAt, String updatedBy) {

        static MappingView of(KoladaMapping mapping) {
            return new MappingView(mapping.key.kind, mapping.key.koladaId,
                    mapping.key.area.isEmpty() ? null : AreaOfActivity.valueOf(mapping.key.area), mapping.requirementCode, mapping.unitId,
                    mapping.updatedAt, mapping.updatedBy);
        }
    }

    /** A mapping to set: a KPI onto a requirementCode; an OU onto a unitId; a MUNICIPALITY's figures in an area onto a unitId. */
    public record SetMapping(@NotNull KoladaMapping.Kind kind, @NotNull @Size(min = 1, max = 40) String koladaId, AreaOfActivity area,
            @Size(max = 40) String requirementCode, UUID unitId) {
    }

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({ Roles.AGENCY_OFFICER, Roles.INDICATOR_PUBLISHER })
    @Operation(summary = "The Kolada mapping, by kind and Kolada id; filter kind (KPI, OU, MUNICIPALITY)")
    public Paging.Page<MappingView> list(@QueryParam("kind") String kind, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Filter filter = Filter.all().equal("key.kind", Params.enumValue(KoladaMapping.Kind.class, "kind", kind));
        return Paging.of(page, size).of(KoladaMapping.find(filter.orderBy("key.kind, key.koladaId, key.area"), filter.parameters()),
                MappingView::of);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Transactional
    @Operation(summary = "Set one mapping (created, or changed to map onto something else): a KPI onto a requirement, an organisational unit onto a unit, a municipality's figures in one area onto the unit operating there that stands for its own service")
    public MappingView set(@NotNull @Valid SetMapping request) {
        KoladaMapping.Key key = KoladaMapping.checked(request.kind(), request.koladaId(), request.area(), request.requirementCode(),
                request.unitId());
        KoladaMapping mapping = KoladaMapping.findById(key);
        MappingView before = mapping == null ? null : MappingView.of(mapping);
        if (mapping == null) {
            mapping = new KoladaMapping();
            mapping.key = key;
        }
        mapping.requirementCode = request.requirementCode();
        mapping.unitId = request.unitId();
        mapping.updatedAt = clock.instant();
        mapping.updatedBy = caller.name();
        mapping.persist();
        MappingView after = MappingView.of(mapping);
        audit.record(AUDITED_AS, key, before == null ? "map" : "remap", before, after);
        return after;
    }

    @DELETE
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Transactional
    @Operation(summary = "Remove one mapping; Kolada figures it mapped are refused by later imports")
    public Response remove(@QueryParam("kind") String kind, @QueryParam("koladaId") String koladaId, @QueryParam("area") String area) {
        KoladaMapping.Kind mappingKind = Params.enumValue(KoladaMapping.Kind.class, "kind", kind);
        String id = Params.text("koladaId", koladaId, 40);
        AreaOfActivity mappedArea = Params.enumValue(AreaOfActivity.class, "area", area);
        if (mappingKind == null || id == null) {
            throw new InvalidInputException(mappingKind == null ? "kind" : "koladaId", "is required");
        }
        KoladaMapping.Key key = new KoladaMapping.Key(mappingKind, id, mappedArea == null ? null : mappedArea.name());
        KoladaMapping mapping = KoladaMapping.findById(key);
        if (mapping == null) {
            throw new NotFoundProblem("Kolada mapping " + key);
        }
        audit.record(AUDITED_AS, key, "unmap", MappingView.of(mapping), null);
        mapping.delete();
        return Response.noContent().build();
    }
}
