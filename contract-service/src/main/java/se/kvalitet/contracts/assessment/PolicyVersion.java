package se.kvalitet.contracts.assessment;

import java.time.Instant;
import java.time.Period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.contracts.contract.ContractTerms;
import se.kvalitet.contracts.contract.FinancingSplit;

/** One version of the assessment policy, as an agency officer set it; the latest is in force. */
@Entity
@Table(name = "assessment_policy")
public class PolicyVersion extends PanacheEntityBase {

    @Id
    public int version;

    @Column(name = "minimum_not_met", nullable = false)
    public int minimumNotMet;

    @Column(name = "state_percent", nullable = false)
    public int statePercent;

    @Column(name = "principal_percent", nullable = false)
    public int principalPercent;

    @Column(name = "signing_period", nullable = false)
    public String signingPeriod;

    @Column(name = "milestone_period", nullable = false)
    public String milestonePeriod;

    @Column(name = "grace_period", nullable = false)
    public String gracePeriod;

    @Column(name = "contract_length", nullable = false)
    public String contractLength;

    @Column(name = "effective_from", nullable = false)
    public Instant effectiveFrom;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    public AssessmentPolicy policy() {
        return new AssessmentPolicy(minimumNotMet, new ContractTerms(version, new FinancingSplit(statePercent, principalPercent),
                Period.parse(signingPeriod), Period.parse(milestonePeriod), Period.parse(gracePeriod), Period.parse(contractLength)));
    }
}
