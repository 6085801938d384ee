package se.kvalitet.sanctions.escalation;

/** What a supervisor decides on a case: confirm the proposed step, decline it with a reason, or close the case as resolved. */
public enum Decision {
    CONFIRM,
    DECLINE,
    RESOLVE
}
