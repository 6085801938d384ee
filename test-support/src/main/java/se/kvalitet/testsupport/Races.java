package se.kvalitet.testsupport;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** For tests of two transactions racing: one is held open, at the point under test, until the test releases it. */
public final class Races {

    private Races() {
    }

    /** Holds the calling transaction until {@code release} is counted down (at most a minute, so a failed test still ends). */
    public static void holdUntil(CountDownLatch release) {
        try {
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
