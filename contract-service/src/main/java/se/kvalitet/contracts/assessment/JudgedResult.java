package se.kvalitet.contracts.assessment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.contracts.contract.Contract;
import se.kvalitet.platform.period.Period;

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

    /**
     * What a contract's verification reads of the unit's results: for a requirement breached in a
     * period, whether the latest result of a period starting after it is MET.
     */
    public static Contract.FollowUps followUpsOf(UUID unitId) {
        List<JudgedResult> results = list("unitId", unitId);
        return (requirementCode, breachPeriod) -> {
            LocalDate after = Period.parse(breachPeriod).end();
            return results.stream()
                    .filter(r -> r.requirementCode.equals(requirementCode))
                    .filter(r -> !Period.parse(r.period).start().isBefore(after))
                    .max(Comparator.comparing((JudgedResult r) -> Period.parse(r.period).end())
                            .thenComparing(r -> Period.parse(r.period).start()))
                    .map(r -> "MET".equals(r.outcome))
                    .orElse(false);
        };
    }

    public boolean isNotMet() {
        return "NOT_MET".equals(outcome);
    }
}
