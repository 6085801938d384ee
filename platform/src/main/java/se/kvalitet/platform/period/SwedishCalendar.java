package se.kvalitet.platform.period;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Deadlines, start and end dates are Swedish calendar days: the day an instant falls on in Stockholm. */
public final class SwedishCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private SwedishCalendar() {
    }

    /** Today in Sweden, on the given (injected) clock. */
    public static LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
