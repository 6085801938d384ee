package se.kvalitet.contracts.assessment;

import java.time.Instant;

/** The assessment policy as the API shows it and the audit trail records it. */
public record PolicyView(int version, int minimumNotMet, boolean criticalNotMetIsHealthRisk, Financing financing, String signingPeriod,
        String milestonePeriod, String gracePeriod, String contractLength, Instant effectiveFrom, String setBy) {

    /** The state's and the principal's shares of a contract's costs, in whole percent. */
    public record Financing(Integer statePercent, Integer principalPercent) {
    }

    public static PolicyView of(PolicyVersion v) {
        return new PolicyView(v.version, v.minimumNotMet, true, new Financing(v.statePercent, v.principalPercent), v.signingPeriod,
                v.milestonePeriod, v.gracePeriod, v.contractLength, v.effectiveFrom, v.setBy);
    }

    /** The policy in force; {@code stored} is null while the configured version 1 is. */
    public static PolicyView of(AssessmentPolicy policy, PolicyVersion stored) {
        if (stored != null) {
            return of(stored);
        }
        var terms = policy.terms();
        return new PolicyView(policy.version(), policy.minimumNotMet(), true, new Financing(terms.financing().statePercent(),
                terms.financing().principalPercent()), terms.signingPeriod().toString(), terms.milestonePeriod().toString(),
                terms.gracePeriod().toString(), terms.contractLength().toString(), null, "configuration");
    }
}
