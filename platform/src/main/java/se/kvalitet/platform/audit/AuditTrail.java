package se.kvalitet.platform.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import se.kvalitet.platform.bulk.Copy;

/**
 * Records who changed what, when, in the transaction of the change itself. The actor is found,
 * not passed: the consumer or job acting on this thread ({@link Actor#act}), else the caller of
 * the HTTP request being served, with its request id. The changed fields are the difference of
 * two snapshots (any objects Jackson can write, usually the records a resource returns).
 */
@ApplicationScoped
public class AuditTrail {

    /** audit_entry's columns but the id, which the table's sequence gives a copied row. */
    private static final List<String> COLUMNS = List.of("occurred_at", "actor_kind", "actor", "actor_name", "actor_roles",
            "actor_org_number", "event_id", "request_id", "entity_type", "entity_id", "action", "changes");

    private final ObjectMapper mapper;
    private final Clock clock;
    private final Set<String> entityTypes;
    private final EntityManager entityManager;

    public AuditTrail(ObjectMapper mapper, Clock clock, @ConfigProperty(name = "kvalitet.audit.entity-types") Set<String> entityTypes,
            EntityManager entityManager) {
        this.entityManager = entityManager;
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
        AuditEntry entry = entry(entityType, entityId, action, before, after);
        if (entry != null) {
            entry.persist();
        }
    }

    /**
     * A writer for many entries of one transaction, such as a consumer's for a poll of events:
     * each is made as {@link #record} makes it, with the actor acting when it is recorded, and
     * all are written at once with COPY by {@link Batch#write}, which must come before the
     * transaction ends.
     */
    public Batch batch() {
        return new Batch();
    }

    /** Entries recorded now and written together; see {@link AuditTrail#batch}. */
    public final class Batch {

        private final List<Object[]> rows = new ArrayList<>();

        private Batch() {
        }

        public void record(String entityType, Object entityId, String action, Object before, Object after) {
            AuditEntry e = entry(entityType, entityId, action, before, after);
            if (e != null) {
                rows.add(new Object[] { e.occurredAt, e.actorKind.name(), e.actor, e.actorName, e.actorRoles, e.actorOrgNumber,
                    e.eventId, e.requestId, e.entityType, e.entityId, e.action, e.changes });
            }
        }

        /** Writes the entries recorded since the last write, in the order they were recorded. */
        @Transactional(Transactional.TxType.MANDATORY)
        public void write() {
            Copy.into(entityManager, "audit_entry", COLUMNS, rows);
            rows.clear();
        }
    }

    /** The entry for a change, or null when it changed no field. */
    private AuditEntry entry(String entityType, Object entityId, String action, Object before, Object after) {
        if (!entityTypes.contains(entityType)) {
            throw new IllegalArgumentException(entityType + " is not among kvalitet.audit.entity-types " + entityTypes);
        }
        List<FieldChange> changes = changes(before, after);
        if (changes.isEmpty()) {
            return null;
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
        return entry;
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
