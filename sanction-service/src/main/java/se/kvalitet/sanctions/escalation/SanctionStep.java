package se.kvalitet.sanctions.escalation;

/** The steps an escalation ladder is made of, under existing law (DESIGN.md §1.5, §2.4); the ladder orders them. */
public enum SanctionStep {
    /** A written reminder to remedy: no sanction. */
    REMINDER,
    /** Föreläggande. */
    INJUNCTION,
    /** Föreläggande med vite: carries the amount of the conditional fine. */
    INJUNCTION_WITH_FINE,
    /** Förbud. */
    PROHIBITION,
    /** Återkallelse av tillstånd: private providers only, who hold a permit. */
    PERMIT_REVOCATION
}
