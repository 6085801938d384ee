package se.kvalitet.sanctions.escalation;

/** The steps of the escalation ladder under existing law (DESIGN.md §2.4). */
public enum SanctionStep {
    REMINDER,
    /** Föreläggande. */
    INJUNCTION,
    /** Föreläggande med vite. */
    INJUNCTION_WITH_FINE,
    /** Förbud. */
    PROHIBITION,
    /** Återkallelse av tillstånd: private providers only. */
    PERMIT_REVOCATION
}
