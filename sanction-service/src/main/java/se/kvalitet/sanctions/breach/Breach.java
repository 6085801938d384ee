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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.PrincipalKind;

/** A breach of the national requirements by one unit in one period, with its history. */
@Entity
public class Breach extends PanacheEntityBase {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BreachStatus status;

    @Column(name = "found_at", nullable = false)
    public Instant foundAt;

    @OneToMany(mappedBy = "breach", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    public List<BreachEvent> events = new ArrayList<>();

    /** Appends to the history; entries are never changed or removed. */
    public void record(UUID eventId, String type, Instant occurredAt, String detail) {
        BreachEvent entry = new BreachEvent();
        entry.id = eventId;
        entry.breach = this;
        entry.type = type;
        entry.occurredAt = occurredAt;
        entry.detail = detail;
        events.add(entry);
    }
}
