package se.kvalitet.platform.query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import se.kvalitet.platform.input.CivilDates;
import se.kvalitet.platform.web.InvalidInputException;

/**
 * A span of time from the {@code from} and {@code to} filters: each a date ({@code 2025-03-01},
 * the whole day, {@code to} included) or an instant with its offset ({@code 2025-03-01T08:00:00Z}).
 * Either end may be open.
 *
 * @param from the first instant in the span, or null
 * @param until the first instant after the span, or null
 */
public record TimeRange(Instant from, Instant until) {

    public static TimeRange of(String from, String to) {
        Instant start = from == null ? null : instant("from", from, false);
        Instant end = to == null ? null : instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidInputException("from", "must come before to");
        }
        return new TimeRange(start, end);
    }

    private static Instant instant(String field, String value, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                var day = CivilDates.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            OffsetDateTime time = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            CivilDates.requireInRange(time.toLocalDate());
            return time.toInstant();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date (2025-03-01) or an instant (2025-03-01T08:00:00Z) in the years "
                    + CivilDates.FIRST_YEAR + " to " + CivilDates.LAST_YEAR);
        }
    }
}
