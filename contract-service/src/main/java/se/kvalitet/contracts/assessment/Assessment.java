package se.kvalitet.contracts.assessment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The latest verdict for a unit and period, so a repeated verdict has no repeated effect. */
@Entity
public class Assessment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Verdict.Kind verdict;

    @Column(nullable = false)
    public String requirements;

    @Column(name = "assessed_at", nullable = false)
    public Instant assessedAt;

    /** The policy version the verdict was reached under. */
    @Column(name = "policy_version")
    public Integer policyVersion;

    /** What the audit trail records of it. */
    public record Snapshot(UUID unitId, String period, Verdict.Kind verdict, String requirements, Integer policyVersion) {
    }

    public Snapshot snapshot() {
        return new Snapshot(unitId, period, verdict, requirements, policyVersion);
    }

    public boolean sameAs(Verdict other) {
        return verdict == other.kind() && requirements.equals(String.join(",", other.requirements()));
    }
}
