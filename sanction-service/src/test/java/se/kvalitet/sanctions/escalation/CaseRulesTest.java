package se.kvalitet.sanctions.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.unit.PrincipalKind;
import se.kvalitet.platform.web.ConflictProblem;
import se.kvalitet.platform.web.InvalidInputException;

/** The ladder and the rules of a decision, one test per rule, on plain domain objects. */
class CaseRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
    private static final Ladder LADDER = new Ladder(new LadderConfig() {
        @Override
        public SanctionStep healthRiskStep() {
            return SanctionStep.INJUNCTION;
        }

        @Override
        public List<Step> privateUnits() {
            return List.of(step(SanctionStep.REMINDER, false), step(SanctionStep.INJUNCTION, false),
                    step(SanctionStep.INJUNCTION_WITH_FINE, true), step(SanctionStep.PERMIT_REVOCATION, false));
        }

        @Override
        public List<Step> municipalUnits() {
            return List.of(step(SanctionStep.REMINDER, false), step(SanctionStep.INJUNCTION, false));
        }
    });

    @Test
    void aCaseProposesTheStepItsTriggerStartsAt() {
        assertThat(open(EscalationTrigger.CONTRACT_FAILED).proposedStep).isEqualTo(SanctionStep.REMINDER);
        assertThat(open(EscalationTrigger.HEALTH_RISK).proposedStep).isEqualTo(SanctionStep.INJUNCTION);
    }

    @Test
    void confirmingSetsTheStepAndItsResponseDeadline() {
        EscalationCase escalation = open(EscalationTrigger.CONTRACT_FAILED);
        escalation.decide(Decision.CONFIRM, null, null, LADDER, TODAY, NOW);
        assertThat(escalation.currentStep).isEqualTo(SanctionStep.REMINDER);
        assertThat(escalation.stepDeadline).isEqualTo(TODAY.plusDays(30));
        assertThat(escalation.proposeNextIfDue(LADDER, TODAY.plusDays(30))).isEmpty();
        assertThat(escalation.proposeNextIfDue(LADDER, TODAY.plusDays(31))).contains(SanctionStep.INJUNCTION);
    }

    @Test
    void aDeclinedFirstStepIsProposedAgainAfterItsResponsePeriod() {
        EscalationCase escalation = open(EscalationTrigger.CONTRACT_FAILED);
        escalation.decide(Decision.DECLINE, null, "remedied", LADDER, TODAY, NOW);
        assertThat(escalation.proposeNextIfDue(LADDER, TODAY.plusDays(31))).contains(SanctionStep.REMINDER);
    }

    @Test
    void theTopOfTheLadderProposesNothingMore() {
        EscalationCase escalation = open(EscalationTrigger.HEALTH_RISK);
        escalation.currentStep = SanctionStep.PERMIT_REVOCATION;
        escalation.proposedStep = null;
        escalation.stepDeadline = TODAY;
        assertThat(escalation.proposeNextIfDue(LADDER, TODAY.plusDays(1))).isEmpty();
    }

    @Test
    void decidingWithNoProposalPendingIsRefused() {
        EscalationCase escalation = open(EscalationTrigger.CONTRACT_FAILED);
        escalation.decide(Decision.CONFIRM, null, null, LADDER, TODAY, NOW);
        assertThatThrownBy(() -> escalation.decide(Decision.CONFIRM, null, null, LADDER, TODAY, NOW)).isInstanceOf(ConflictProblem.class)
                .hasMessageContaining("no sanction is proposed");
    }

    @Test
    void aFineNeedsItsAmountAndNoOtherStepHasOne() {
        EscalationCase fine = open(EscalationTrigger.HEALTH_RISK);
        fine.proposedStep = SanctionStep.INJUNCTION_WITH_FINE;
        assertThatThrownBy(() -> fine.decide(Decision.CONFIRM, null, null, LADDER, TODAY, NOW)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("needs the amount");
        fine.decide(Decision.CONFIRM, new BigDecimal("50000"), null, LADDER, TODAY, NOW);
        assertThat(fine.stepAmount).isEqualByComparingTo("50000.00");

        EscalationCase injunction = open(EscalationTrigger.HEALTH_RISK);
        assertThatThrownBy(() -> injunction.decide(Decision.CONFIRM, BigDecimal.TEN, null, LADDER, TODAY, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("carries no amount");
    }

    @Test
    void aDeclineSaysWhy() {
        assertThatThrownBy(() -> open(EscalationTrigger.HEALTH_RISK).decide(Decision.DECLINE, null, " ", LADDER, TODAY, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("says why");
    }

    @Test
    void aHigherTriggerRaisesTheProposalAndALowerOneDoesNot() {
        EscalationCase escalation = open(EscalationTrigger.CONTRACT_FAILED);
        assertThat(escalation.attach(SanctionStep.INJUNCTION, null, LADDER)).contains(SanctionStep.INJUNCTION);
        assertThat(escalation.attach(SanctionStep.REMINDER, null, LADDER)).isEmpty();
        assertThat(escalation.proposedStep).isEqualTo(SanctionStep.INJUNCTION);
    }

    @Test
    void aMunicipalLadderWithAPermitToRevokeIsRefused() {
        assertThatThrownBy(() -> new Ladder(new LadderConfig() {
            @Override
            public SanctionStep healthRiskStep() {
                return SanctionStep.REMINDER;
            }

            @Override
            public List<Step> privateUnits() {
                return List.of(step(SanctionStep.REMINDER, false));
            }

            @Override
            public List<Step> municipalUnits() {
                return List.of(step(SanctionStep.REMINDER, false), step(SanctionStep.PERMIT_REVOCATION, false));
            }
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("no permit");
    }

    private static EscalationCase open(EscalationTrigger trigger) {
        return EscalationCase.open(trigger, LADDER.startFor(trigger, PrincipalKind.PRIVATE), UUID.randomUUID(), "2025", "5591234561",
                PrincipalKind.PRIVATE, "0180", AreaOfActivity.ELDERLY_CARE, null, NOW);
    }

    private static LadderConfig.Step step(SanctionStep step, boolean amount) {
        return new LadderConfig.Step() {
            @Override
            public SanctionStep step() {
                return step;
            }

            @Override
            public String legalBasis() {
                return "a provision";
            }

            @Override
            public String responsePeriod() {
                return "P30D";
            }

            @Override
            public boolean carriesAmount() {
                return amount;
            }
        };
    }
}
