package se.kvalitet.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.kvalitet.platform.query.Filter;
import se.kvalitet.platform.query.Paging;
import se.kvalitet.platform.query.Params;
import se.kvalitet.platform.query.TimeRange;
import se.kvalitet.platform.security.Roles;
import se.kvalitet.platform.web.InvalidInputException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The service's audit trail, read-only: no path of the API changes or removes an entry. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
@RolesAllowed({ Roles.AGENCY_OFFICER, Roles.SUPERVISOR })
public class AuditResource {

    public record ActorView(Actor.Kind kind, String id, String name, List<String> roles, String orgNumber, UUID eventId) {
    }

    public record AuditView(long id, Instant occurredAt, ActorView actor, String requestId, String entity, String entityId,
            String action, List<FieldChange> changes) {
    }

    private final AuditTrail trail;
    private final ObjectMapper mapper;

    public AuditResource(AuditTrail trail, ObjectMapper mapper) {
        this.trail = trail;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "The audit trail of this service's state changes, newest first; filters by entity, entity id, actor (subject or user name) and time (from, to: a date or an instant)")
    public Paging.Page<AuditView> list(@QueryParam("entity") String entity, @QueryParam("entityId") String entityId,
            @QueryParam("actor") String actor, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        if (entity != null && !trail.entityTypes().contains(entity)) {
            throw new InvalidInputException("entity", "must be one of " + trail.entityTypes());
        }
        String actorText = Params.text("actor", actor, 200);
        TimeRange time = TimeRange.of(from, to);
        Filter filter = Filter.all()
                .equal("entityType", entity)
                .equal("entityId", Params.text("entityId", entityId, 100))
                .from("occurredAt", time.from())
                .before("occurredAt", time.until());
        if (actorText != null) {
            filter.and(new Filter.Condition("(actor = :actor or actorName = :actor)", Map.of("actor", actorText)));
        }
        return paging.of(AuditEntry.find(filter.orderBy("occurredAt desc, id desc"), filter.parameters()), this::view);
    }

    private AuditView view(AuditEntry e) {
        try {
            return new AuditView(e.id, e.occurredAt,
                    new ActorView(e.actorKind, e.actor, e.actorName, e.actorRoles.isEmpty() ? List.of() : List.of(e.actorRoles.split(",")),
                            e.actorOrgNumber, e.eventId),
                    e.requestId, e.entityType, e.entityId, e.action,
                    List.of(mapper.readValue(e.changes, FieldChange[].class)));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Audit entry " + e.id + " holds unreadable changes", ex);
        }
    }
}
