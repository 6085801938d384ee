package se.kvalitet.platform.events;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

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

    /** Records many events in one statement; the ids among them this consumer had not seen before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> firstDeliveries(Collection<UUID> eventIds, String consumer) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        Timestamp now = Timestamp.from(clock.instant());
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into processed_event (event_id, consumer, processed_at)"
                    + " select id, ?, ? from unnest(?) as id on conflict do nothing returning event_id")) {
                insert.setString(1, consumer);
                insert.setTimestamp(2, now);
                insert.setArray(3, connection.createArrayOf("uuid", eventIds.toArray()));
                Set<UUID> first = new HashSet<>();
                try (ResultSet inserted = insert.executeQuery()) {
                    while (inserted.next()) {
                        first.add(inserted.getObject(1, UUID.class));
                    }
                }
                return first;
            }
        });
    }
}
