package se.kvalitet.sanctions.breach;

/** Where a breach stands in the history. */
public enum BreachStatus {
    /** A quality contract was drafted for it. */
    UNDER_CONTRACT,
    /** A critical requirement was missed: referred to the supervisory authority. */
    REFERRED,
    /** The contract was cancelled before signing (a correction removed the breach, or the unit closed). */
    WITHDRAWN
}
