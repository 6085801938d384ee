package se.kvalitet.contracts.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kvalitet.contracts.contract.ContractTerms;
import se.kvalitet.contracts.contract.FinancingSplit;

class AssessmentPolicyTest {

    private static AssessmentPolicy policy(int minimumNotMet) {
        return new AssessmentPolicy(minimumNotMet, new ContractTerms(1, new FinancingSplit(50, 50), Period.ofDays(30), Period.ofMonths(3),
                Period.ofDays(14), Period.ofMonths(12)));
    }

    private static JudgedResult result(String code, String outcome, boolean critical) {
        JudgedResult result = new JudgedResult();
        result.requirementCode = code;
        result.outcome = outcome;
        result.critical = critical;
        return result;
    }

    @Test
    void enoughRequirementsNotMetIsABreach() {
        Verdict verdict = policy(2).assess(List.of(result("B", "NOT_MET", false), result("A", "NOT_MET", false),
                result("C", "MET", false)));
        assertThat(verdict).isEqualTo(new Verdict(Verdict.Kind.BREACH, List.of("A", "B")));
    }

    @Test
    void fewerMissesThanThePolicyAsksIsNoBreach() {
        assertThat(policy(2).assess(List.of(result("A", "NOT_MET", false), result("B", "MET", false))))
                .isEqualTo(Verdict.noBreach());
    }

    @Test
    void insufficientDataCountsNeitherWay() {
        assertThat(policy(1).assess(List.of(result("A", "INSUFFICIENT_DATA", true))).kind())
                .isEqualTo(Verdict.Kind.NO_BREACH);
    }

    @Test
    void aCriticalMissIsAHealthRiskWhateverElse() {
        Verdict verdict = policy(3).assess(List.of(result("A", "NOT_MET", true), result("B", "NOT_MET", false)));
        assertThat(verdict).isEqualTo(new Verdict(Verdict.Kind.HEALTH_RISK, List.of("A")));
    }

    @Test
    void aPolicyNeedsAtLeastOneMiss() {
        assertThatThrownBy(() -> policy(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
