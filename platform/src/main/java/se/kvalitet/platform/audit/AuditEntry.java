package se.kvalitet.platform.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One state change, written in the transaction that made it; the database refuses to alter or remove it. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    /** From the column's own sequence, 50 at a time (db/platform V0_5), so a transaction's entries go in JDBC batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_ids")
    @SequenceGenerator(name = "audit_entry_ids", sequenceName = "audit_entry_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false)
    public Actor.Kind actorKind;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;

    @Column(name = "actor_org_number")
    public String actorOrgNumber;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public String entityId;

    @Column(nullable = false)
    public String action;

    @ColumnTransformer(write = "?::jsonb")
    @Column(nullable = false, columnDefinition = "jsonb")
    public String changes;
}
