package se.kvalitet.platform.events;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records an event in the caller's transaction. It reaches Kafka only if that transaction
 * commits, and then at least once, through {@link OutboxRelay}.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final EventCodec codec;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final String source;

    public Outbox(EntityManager entityManager, EventCodec codec, ObjectMapper mapper, Clock clock,
            @ConfigProperty(name = "kvalitet.events.source") String source) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.mapper = mapper;
        this.clock = clock;
        this.source = source;
    }

    /** Records {@code data} as an event of {@code type} on {@code topic}; {@code subject} (a unit id, mostly) is also its key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String type, String subject, Object data) {
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID(), source, type, subject,
                clock.instant(), CloudEvent.DATA_CONTENT_TYPE, mapper.valueToTree(data));
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.id();
        row.topic = topic;
        row.messageKey = subject;
        row.type = type;
        row.payload = codec.write(event);
        row.createdAt = event.time();
        entityManager.persist(row);
        return event;
    }
}
