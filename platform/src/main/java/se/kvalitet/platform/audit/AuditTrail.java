package se.kvalitet.platform.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * Records who changed what, when, in the transaction of the change itself. The actor is found,
 * not passed: the consumer or job acting on this thread ({@link Actor#act}), else the caller of
 * the HTTP request being served, with its request id. The changed fields are the difference of
 * two snapshots (any objects Jackson can write, usually the records a resource returns).
 */
@ApplicationScoped
public class AuditTrail {

    private final ObjectMapper mapper;
    private final Clock clock;
    private final Set<String> entityTypes;

    public AuditTrail(ObjectMapper mapper, Clock clock, @ConfigProperty(name = "kvalitet.audit.entity-types") Set<String> entityTypes) {
        this.mapper = mapper;
        this.clock = clock;
        this.entityTypes = Collections.unmodifiableSortedSet(new TreeSet<>(entityTypes));
    }

    /** The kinds of record this service audits, as {@code kvalitet.audit.entity-types} lists them. */
    public Set<String> entityTypes() {
        return entityTypes;
    }

    /**
     * Records that {@code action} took the entity from {@code before} (null: it was created) to
     * {@code after}. A change that changed no field is not recorded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, String action, Object before, Object after) {
        if (!entityTypes.contains(entityType)) {
            throw new IllegalArgumentException(entityType + " is not among kvalitet.audit.entity-types " + entityTypes);
        }
        List<FieldChange> changes = changes(before, after);
        if (changes.isEmpty()) {
            return;
        }
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.instant();
        Actor actor = Actor.current();
        entry.actorKind = actor.kind();
        entry.actor = actor.id();
        entry.actorName = actor.name();
        entry.actorRoles = String.join(",", actor.roles());
        entry.actorOrgNumber = actor.orgNumber();
        entry.eventId = actor.eventId();
        entry.requestId = actor.requestId();
        entry.entityType = entityType;
        entry.entityId = entityId.toString();
        entry.action = action;
        try {
            entry.changes = mapper.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The changes of " + entityType + " " + entityId + " cannot be written", e);
        }
        entry.persist();
    }

    private List<FieldChange> changes(Object before, Object after) {
        JsonNode old = before == null ? NullNode.instance : mapper.valueToTree(before);
        JsonNode now = after == null ? NullNode.instance : mapper.valueToTree(after);
        Set<String> fields = new TreeSet<>();
        for (JsonNode node : List.of(old, now)) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                fields.add(names.next());
            }
        }
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode from = old.path(field).isMissingNode() ? NullNode.instance : old.get(field);
            JsonNode to = now.path(field).isMissingNode() ? NullNode.instance : now.get(field);
            if (!from.equals(to)) {
                changes.add(new FieldChange(field, from.isNull() ? null : from, to.isNull() ? null : to));
            }
        }
        return changes;
    }
}
