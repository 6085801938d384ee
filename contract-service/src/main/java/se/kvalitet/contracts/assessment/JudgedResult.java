package se.kvalitet.contracts.assessment;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The latest judged result of a unit for one requirement and period, from indicator.results.v1. */
@Entity
@Table(name = "judged_result")
public class JudgedResult extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "requirement_code", nullable = false)
    public String requirementCode;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public int revision;

    @Column(name = "result_id", nullable = false)
    public UUID resultId;

    @Column(nullable = false)
    public String outcome;

    @Column(nullable = false)
    public boolean critical;

    /** What the audit trail records of it. */
    public record Snapshot(UUID unitId, String requirementCode, String period, int revision, UUID resultId, String outcome,
            boolean critical) {
    }

    public Snapshot snapshot() {
        return new Snapshot(unitId, requirementCode, period, revision, resultId, outcome, critical);
    }

    public boolean isNotMet() {
        return "NOT_MET".equals(outcome);
    }
}
