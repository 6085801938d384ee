package se.kvalitet.platform.input;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The dates Kvalitet deals in: written {@code YYYY-MM-DD}, real calendar days, within years a
 * social-service record can concern. Year 0 or 99999 is a typing or encoding error, not a date.
 */
public final class CivilDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;
    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private CivilDates() {
    }

    /** @throws IllegalArgumentException with the reason the text is not such a date */
    public static LocalDate parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("must be a date, YYYY-MM-DD");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text, ISO);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not a day of the calendar");
        }
        return requireInRange(date);
    }

    /** @throws IllegalArgumentException unless the year lies from {@value #FIRST_YEAR} to {@value #LAST_YEAR} */
    public static LocalDate requireInRange(LocalDate date) {
        requireYear(date.getYear());
        return date;
    }

    public static int requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("must lie in the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return year;
    }
}
