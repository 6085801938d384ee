package se.kvalitet.contracts.assessment;

import java.util.Collection;
import java.util.List;

import se.kvalitet.contracts.contract.ContractTerms;

/**
 * How the results of one unit and period add up to a verdict: any critical requirement
 * NOT_MET is a health risk; otherwise at least {@code minimumNotMet} (K) requirements NOT_MET is a
 * breach. INSUFFICIENT_DATA counts neither way. It also carries the terms a contract for a breach
 * is drafted with.
 */
public record AssessmentPolicy(int minimumNotMet, ContractTerms terms) {

    public AssessmentPolicy {
        if (minimumNotMet < 1) {
            throw new IllegalArgumentException("minimumNotMet must be at least 1");
        }
    }

    public int version() {
        return terms.policyVersion();
    }

    public Verdict assess(Collection<JudgedResult> results) {
        List<String> criticalMisses = results.stream()
                .filter(r -> r.critical && r.isNotMet())
                .map(r -> r.requirementCode).sorted().toList();
        if (!criticalMisses.isEmpty()) {
            return new Verdict(Verdict.Kind.HEALTH_RISK, criticalMisses);
        }
        List<String> misses = results.stream().filter(JudgedResult::isNotMet).map(r -> r.requirementCode).sorted().toList();
        return misses.size() >= minimumNotMet ? new Verdict(Verdict.Kind.BREACH, misses) : Verdict.noBreach();
    }
}
