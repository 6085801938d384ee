package se.kvalitet.platform.period;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kvalitet.platform.input.CivilDates;

/**
 * A reporting period: {@code 2025}, {@code 2025H1}, {@code 2025Q3} or {@code 2025-07}, from its
 * first day ({@code start}) up to the first day after it ({@code end}).
 */
public record Period(String text, PeriodType type, LocalDate start) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:H([12])|Q([1-4])|-(0[1-9]|1[0-2]))?");

    /** @throws IllegalArgumentException saying which forms are accepted */
    public static Period parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("must be a year (2025), half-year (2025H1), quarter (2025Q3) or month (2025-07)");
        }
        int year = CivilDates.requireYear(Integer.parseInt(m.group(1)));
        if (m.group(2) != null) {
            return new Period(text, PeriodType.HALF_YEAR, LocalDate.of(year, m.group(2).equals("1") ? 1 : 7, 1));
        }
        if (m.group(3) != null) {
            return new Period(text, PeriodType.QUARTER, LocalDate.of(year, (Integer.parseInt(m.group(3)) - 1) * 3 + 1, 1));
        }
        if (m.group(4) != null) {
            return new Period(text, PeriodType.MONTH, LocalDate.of(year, Integer.parseInt(m.group(4)), 1));
        }
        return new Period(text, PeriodType.YEAR, LocalDate.of(year, 1, 1));
    }

    /** The first day after the period. */
    public LocalDate end() {
        return start.plus(type.length());
    }
}
