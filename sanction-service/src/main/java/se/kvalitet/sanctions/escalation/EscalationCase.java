package se.kvalitet.sanctions.escalation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.platform.unit.AreaOfActivity;

/** An escalation case: the supervisory authority's file on a unit that did not remedy, or risks health. */
@Entity
@Table(name = "escalation_case")
public class EscalationCase extends PanacheEntityBase {

    public enum Status {
        OPEN,
        RESOLVED
    }

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String period;

    @Column(name = "principal_org_number", nullable = false)
    public String principalOrgNumber;

    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AreaOfActivity area;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    public EscalationTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_step", nullable = false)
    public SanctionStep proposedStep;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Version
    public long version;

    public static EscalationCase open(EscalationTrigger trigger, UUID unitId, String period, String principalOrgNumber,
            String municipalityCode, AreaOfActivity area, Instant now) {
        EscalationCase escalation = new EscalationCase();
        escalation.id = UUID.randomUUID();
        escalation.unitId = unitId;
        escalation.period = period;
        escalation.principalOrgNumber = principalOrgNumber;
        escalation.municipalityCode = municipalityCode;
        escalation.area = area;
        escalation.trigger = trigger;
        escalation.proposedStep = trigger.firstStep();
        escalation.status = Status.OPEN;
        escalation.openedAt = now;
        return escalation;
    }
}
