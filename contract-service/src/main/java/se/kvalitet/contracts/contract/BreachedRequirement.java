package se.kvalitet.contracts.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A requirement a contract remedies and the period it was breached in: its follow-up results are those of later periods. */
@Embeddable
public class BreachedRequirement {

    @Column(name = "requirement_code", nullable = false)
    public String requirementCode;

    @Column(nullable = false)
    public String period;

    protected BreachedRequirement() {
    }

    public BreachedRequirement(String requirementCode, String period) {
        this.requirementCode = requirementCode;
        this.period = period;
    }

    public boolean is(String code, String breachPeriod) {
        return requirementCode.equals(code) && period.equals(breachPeriod);
    }
}
