package se.kvalitet.testsupport;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Awaits what travels through Kafka. Usually it takes well under a second; the generous bound
 * covers a consumer group's first join on a busy two-core CI machine.
 */
public final class Eventually {

    private Eventually() {
    }

    public static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100));
    }
}
