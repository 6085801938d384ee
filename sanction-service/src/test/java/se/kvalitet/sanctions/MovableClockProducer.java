package se.kvalitet.sanctions;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import se.kvalitet.testsupport.MovableClock;

/** In tests the service's clock is one that case tests move forward to reach response deadlines. */
public class MovableClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return MovableClock.INSTANCE;
    }
}
