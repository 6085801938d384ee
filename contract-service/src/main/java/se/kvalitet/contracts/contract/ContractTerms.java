package se.kvalitet.contracts.contract;

import java.time.Period;

/**
 * The terms a new contract is drafted with, from the assessment policy in force: its financing
 * split and how long signing, each milestone, the grace after a missed milestone and the whole
 * contract take (ISO-8601 periods).
 */
public record ContractTerms(int policyVersion, FinancingSplit financing, Period signingPeriod, Period milestonePeriod,
        Period gracePeriod, Period contractLength) {
}
