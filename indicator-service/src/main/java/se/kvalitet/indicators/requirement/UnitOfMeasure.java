package se.kvalitet.indicators.requirement;

public enum UnitOfMeasure {
    PERCENT,
    DAYS,
    COUNT,
    SCORE,
    MINUTES
}
