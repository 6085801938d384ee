package se.kvalitet.contracts.contract;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.platform.audit.ActedBy;

/** One row of a contract's timeline: an event it went through, when, and who or what made it happen. */
@Entity
@Table(name = "contract_timeline")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false)
    public String type;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Embedded
    public ActedBy by;

    @Column(nullable = false)
    public String summary;

    /** A timeline row as the API shows it: who made it happen is a user (with their organisation), a consumer of another service's event, or a scheduled job. */
    public record View(String type, Instant occurredAt, UUID eventId, ActedBy by, String summary) {
    }

    public View view() {
        return new View(type, occurredAt, eventId, by, summary);
    }
}
