package se.kvalitet.platform.period;

import java.time.LocalDate;

import se.kvalitet.platform.web.InvalidInputException;

/**
 * The periods lying wholly between a first and a last period, of whatever type: {@code from=2025}
 * to {@code to=2025} holds 2025, its halves, quarters and months, and {@code from=2025Q4} to
 * {@code to=2025} the last quarter and its months. Either end may be open; a range that holds no
 * day is refused.
 *
 * @param start the first day a period may begin on, or null
 * @param end the day by which a period must have ended, or null
 */
public record PeriodRange(LocalDate start, LocalDate end) {

    /** Reads the {@code from} and {@code to} filters; a 400 names the one that is wrong. */
    public static PeriodRange of(String from, String to) {
        Period first = from == null ? null : period("from", from);
        Period last = to == null ? null : period("to", to);
        if (first != null && last != null && !first.start().isBefore(last.end())) {
            throw new InvalidInputException("from", "must begin before to ends");
        }
        return new PeriodRange(first == null ? null : first.start(), last == null ? null : last.end());
    }

    private static Period period(String field, String value) {
        try {
            return Period.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
