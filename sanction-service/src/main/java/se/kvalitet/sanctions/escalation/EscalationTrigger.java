package se.kvalitet.sanctions.escalation;

/** Why a case was opened, or a later trigger attached to it; a health risk starts higher up the ladder. */
public enum EscalationTrigger {
    /** A contract failed: not signed by its deadline, or not verified by its end date. */
    CONTRACT_FAILED,
    /** A milestone of an active contract overdue past its grace period. */
    MILESTONE_OVERDUE,
    /** A critical requirement missed, or an agency officer's decision. */
    HEALTH_RISK
}
