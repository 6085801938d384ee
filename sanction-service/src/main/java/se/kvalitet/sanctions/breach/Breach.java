package se.kvalitet.sanctions.breach;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Transient;

import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.PrincipalKind;

/**
 * A breach of the national requirements by one unit in one period. Written once; what happens to
 * it afterwards is appended to its history, and its status is that of the latest entry.
 */
@Entity
@Immutable
public class Breach extends PanacheEntityBase {

    static final String CURRENT_STATUS = "(select e.status from breach_event e where e.breach_id = id order by e.seq desc limit 1)";

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String period;

    @Column(name = "principal_org_number", nullable = false)
    public String principalOrgNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "principal_kind", nullable = false)
    public PrincipalKind principalKind;

    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AreaOfActivity area;

    @Column(nullable = false)
    public String requirements;

    @Column(name = "contract_id")
    public UUID contractId;

    @Column(name = "found_at", nullable = false)
    public Instant foundAt;

    /** Derived from the history in the query itself, never stored. */
    @Formula(CURRENT_STATUS)
    @Enumerated(EnumType.STRING)
    public BreachStatus status;

    @OneToMany(mappedBy = "breach", cascade = CascadeType.PERSIST)
    @OrderBy("seq")
    public List<BreachEvent> events = new ArrayList<>();

    /** The status of an entry appended in this transaction, which the derived {@link #status} does not see yet. */
    @Transient
    private BreachStatus appended;

    /** Appends to the history: the event behind it, who made it happen, and the status it leaves the breach in. */
    public void record(UUID eventId, String type, BreachStatus status, String actor, Instant occurredAt, String detail) {
        BreachEvent entry = new BreachEvent();
        entry.id = UUID.randomUUID();
        entry.breach = this;
        entry.eventId = eventId;
        entry.type = type;
        entry.status = status;
        entry.actor = actor;
        entry.occurredAt = occurredAt;
        entry.detail = detail;
        appended = status;
        entry.persist();
    }

    public BreachStatus currentStatus() {
        return appended != null ? appended : status;
    }

    public List<String> requirementCodes() {
        return requirements.isEmpty() ? List.of() : List.of(requirements.split(","));
    }
}
