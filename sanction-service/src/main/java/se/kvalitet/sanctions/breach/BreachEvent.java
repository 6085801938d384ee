package se.kvalitet.sanctions.breach;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One entry of a breach's history, append-only (the database refuses an update or delete): the
 * event behind it, who made it happen, when, and the status it leaves the breach in.
 */
@Entity
@Table(name = "breach_event")
public class BreachEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The order entries were appended in, assigned by the database. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @ManyToOne(optional = false)
    @JoinColumn(name = "breach_id")
    public Breach breach;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false)
    public String type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BreachStatus status;

    @Column(nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public String detail;
}
