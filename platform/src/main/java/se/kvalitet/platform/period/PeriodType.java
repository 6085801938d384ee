package se.kvalitet.platform.period;

import java.time.Period;

/** How long a reporting period is. */
public enum PeriodType {
    YEAR(Period.ofYears(1)),
    HALF_YEAR(Period.ofMonths(6)),
    QUARTER(Period.ofMonths(3)),
    MONTH(Period.ofMonths(1));

    private final Period length;

    PeriodType(Period length) {
        this.length = length;
    }

    public Period length() {
        return length;
    }
}
