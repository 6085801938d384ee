package se.kvalitet.sanctions.escalation;

import static se.kvalitet.platform.rules.Refusal.allowed;
import static se.kvalitet.platform.rules.Refusal.conflict;
import static se.kvalitet.platform.rules.Refusal.invalid;

import java.math.BigDecimal;
import java.util.List;

import se.kvalitet.platform.rules.Refusal.Rule;

/** The rules of a supervisor's decision on a case, named and in the order they are checked. */
public final class CaseRules {

    private CaseRules() {
    }

    /** A decision about to be taken: the case, what was decided, the amount and reason given, and the proposed step's rung. */
    public record Deciding(EscalationCase escalation, Decision decision, BigDecimal amount, String reason, Ladder.Step proposed) {
    }

    static final Rule<Deciding> ONLY_AN_OPEN_CASE_IS_DECIDED = d -> d.escalation().status == EscalationCase.Status.OPEN ? allowed()
            : conflict("status", "the case is " + d.escalation().status + "; nothing is left to decide");

    static final Rule<Deciding> A_SANCTION_IS_DECIDED_ONLY_WHEN_PROPOSED = d -> d.decision() == Decision.RESOLVE
            || d.escalation().proposedStep != null ? allowed()
                    : conflict("proposedStep", "no sanction is proposed on this case; it awaits the response deadline "
                            + d.escalation().stepDeadline);

    static final Rule<Deciding> A_FINE_NAMES_ITS_AMOUNT = d -> d.decision() != Decision.CONFIRM || !d.proposed().carriesAmount()
            || d.amount() != null ? allowed()
                    : invalid("amount", "confirming " + d.proposed().step() + " needs the amount of the conditional fine in SEK");

    static final Rule<Deciding> ONLY_A_FINE_HAS_AN_AMOUNT = d -> d.amount() == null
            || d.decision() == Decision.CONFIRM && d.proposed() != null && d.proposed().carriesAmount() ? allowed()
                    : invalid("amount", d.decision() == Decision.CONFIRM ? d.proposed().step() + " carries no amount"
                            : "only a confirmed conditional fine has an amount");

    static final Rule<Deciding> A_DECLINE_OR_RESOLUTION_SAYS_WHY = d -> d.decision() == Decision.CONFIRM
            || d.reason() != null && !d.reason().isBlank() ? allowed()
                    : invalid("reason", "a supervisor who " + (d.decision() == Decision.DECLINE ? "declines" : "resolves") + " says why");

    public static final List<Rule<Deciding>> DECIDING = List.of(ONLY_AN_OPEN_CASE_IS_DECIDED, A_SANCTION_IS_DECIDED_ONLY_WHEN_PROPOSED,
            A_FINE_NAMES_ITS_AMOUNT, ONLY_A_FINE_HAS_AN_AMOUNT, A_DECLINE_OR_RESOLUTION_SAYS_WHY);
}
