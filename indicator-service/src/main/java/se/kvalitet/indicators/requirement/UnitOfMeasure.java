package se.kvalitet.indicators.requirement;

import java.math.BigDecimal;

/** What a requirement's indicator counts; a percentage lies from 0 to 100, and no measure is negative. */
public enum UnitOfMeasure {
    PERCENT,
    DAYS,
    COUNT,
    SCORE,
    MINUTES;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Why {@code value} cannot be a measurement in this unit, or null if it can. */
    public String problemWith(BigDecimal value) {
        if (this == PERCENT && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            return "a percentage must be from 0 to 100";
        }
        return value.signum() < 0 ? "must not be negative" : null;
    }
}
