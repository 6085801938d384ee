package se.kvalitet.contracts;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import se.kvalitet.testsupport.MovableClock;

/** In tests the service's clock is one that lifecycle tests move forward to reach deadlines. */
public class MovableClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return MovableClock.INSTANCE;
    }
}
