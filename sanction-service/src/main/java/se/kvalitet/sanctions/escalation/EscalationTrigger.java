package se.kvalitet.sanctions.escalation;

/** Why a case was opened; a health risk starts higher up the ladder. */
public enum EscalationTrigger {
    HEALTH_RISK(SanctionStep.INJUNCTION);

    private final SanctionStep firstStep;

    EscalationTrigger(SanctionStep firstStep) {
        this.firstStep = firstStep;
    }

    public SanctionStep firstStep() {
        return firstStep;
    }
}
