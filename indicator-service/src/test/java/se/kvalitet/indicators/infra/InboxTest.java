package se.kvalitet.indicators.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.platform.events.Inbox;
import se.kvalitet.platform.events.InvalidEventException;
import se.kvalitet.testsupport.UnitEvent;

/** The idempotent consumer of kvalitet-platform, against this service's real database. */
@QuarkusTest
class InboxTest {

    @Inject
    Inbox inbox;

    @Inject
    EntityManager entityManager;

    @Test
    void aPassingFailureIsRetriedAndTheEventAppliedOnce() {
        UnitEvent event = UnitEvent.aUnit();
        AtomicInteger calls = new AtomicInteger();
        inbox.process(event.toJson(), "inbox-test", e -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("database hiccup");
            }
        });
        assertThat(calls).hasValue(3);
        assertThat(logged(event.eventId())).isEqualTo(1);

        inbox.process(event.toJson(), "inbox-test", e -> calls.incrementAndGet());
        assertThat(calls).as("a redelivery is not applied").hasValue(3);
    }

    @Test
    void anInvalidEventIsNotRetriedAndLeavesNoTrace() {
        UnitEvent event = UnitEvent.aUnit();
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> inbox.process(event.toJson(), "inbox-test", e -> {
            calls.incrementAndGet();
            throw new InvalidEventException("cannot be applied");
        })).isInstanceOf(InvalidEventException.class);
        assertThat(calls).hasValue(1);
        assertThat(logged(event.eventId())).isZero();
    }

    @Test
    void aLastingFailureGivesUpAfterTheConfiguredAttempts() {
        UnitEvent event = UnitEvent.aUnit();
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> inbox.process(event.toJson(), "inbox-test", e -> {
            calls.incrementAndGet();
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(calls).hasValue(5);
        assertThat(logged(event.eventId())).isZero();
    }

    private long logged(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = ?1 and consumer = 'inbox-test'")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }
}
