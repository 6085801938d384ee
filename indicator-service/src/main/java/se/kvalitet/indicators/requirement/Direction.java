package se.kvalitet.indicators.requirement;

/** Whether a result above or below the threshold is the good side. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
