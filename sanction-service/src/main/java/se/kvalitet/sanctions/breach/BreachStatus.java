package se.kvalitet.sanctions.breach;

/** Where a breach stands: the status its latest history entry leaves it in. */
public enum BreachStatus {
    /** A quality contract remedies it. */
    UNDER_CONTRACT,
    /** A critical requirement was missed, or an officer found a health risk: referred to the supervisory authority. */
    REFERRED,
    /** Its contract failed or a milestone is overdue: an escalation case climbs the ladder. */
    ESCALATED,
    /** Its contract was fulfilled. */
    REMEDIED,
    /** Its contract was cancelled (a correction removed the breach, a health risk took over, or the unit closed). */
    WITHDRAWN,
    /** A supervisor closed its case as resolved. */
    RESOLVED;

    /** A breach that an escalation step or decision still concerns. */
    public boolean isOpen() {
        return this == UNDER_CONTRACT || this == REFERRED || this == ESCALATED;
    }
}
