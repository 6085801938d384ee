package se.kvalitet.sanctions.escalation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.platform.audit.ActedBy;

/** One entry of a case's own history, append-only: a trigger, a proposal or a decision, with who and when. */
@Entity
@Table(name = "case_entry")
public class CaseEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String type;

    @Enumerated(EnumType.STRING)
    public SanctionStep step;

    public BigDecimal amount;

    public String reason;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Embedded
    public ActedBy by;

    @Column(name = "event_id")
    public UUID eventId;

    /** An entry as the API shows it. */
    public record View(String type, SanctionStep step, BigDecimal amount, String reason, Instant occurredAt, ActedBy by, UUID eventId) {
    }

    public View view() {
        return new View(type, step, amount, reason, occurredAt, by, eventId);
    }
}
