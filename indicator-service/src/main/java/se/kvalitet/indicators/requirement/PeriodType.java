package se.kvalitet.indicators.requirement;

public enum PeriodType {
    YEAR,
    HALF_YEAR,
    QUARTER,
    MONTH
}
