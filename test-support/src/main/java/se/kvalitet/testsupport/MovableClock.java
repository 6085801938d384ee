package se.kvalitet.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock, moved forward by a test to reach a deadline in seconds rather than months. A
 * service's tests produce it as their {@code Clock} bean (the platform's is a default bean);
 * {@link #reset} after each test that moved it.
 */
public final class MovableClock extends Clock {

    public static final MovableClock INSTANCE = new MovableClock();

    private volatile Duration offset = Duration.ZERO;

    private MovableClock() {
    }

    /** Moves the clock forward by a calendar period, counted in days from today. */
    public void advance(Period period) {
        Instant now = instant();
        Instant later = now.atZone(ZoneOffset.UTC).plus(period).toInstant();
        offset = offset.plus(Duration.between(now, later));
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The services read instants in UTC; dates are derived in their own zone");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
