package se.kvalitet.platform.events;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The log of events a consumer has applied, written in the consumer's own transaction, so that
 * a redelivered event is recognised and changes nothing.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;
    private final Clock clock;

    public ProcessedEvents(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** @return true the first time this consumer sees the event, false for a redelivery */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String consumer) {
        int inserted = entityManager.createNativeQuery(
                "insert into processed_event (event_id, consumer, processed_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, eventId)
                .setParameter(2, consumer)
                .setParameter(3, clock.instant())
                .executeUpdate();
        return inserted == 1;
    }
}
