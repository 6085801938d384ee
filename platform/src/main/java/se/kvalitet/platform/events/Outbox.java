package se.kvalitet.platform.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kvalitet.platform.bulk.Copy;
import se.kvalitet.platform.bulk.KeptRows;
import se.kvalitet.platform.id.TimeOrderedIds;
import se.kvalitet.platform.tracing.EventTraces;

/**
 * Records an event in the caller's transaction. It reaches Kafka only if that transaction
 * commits, and then at least once, through {@link OutboxRelay}, in the trace the change was
 * made in (its {@code traceparent} is kept with the row).
 */
@ApplicationScoped
public class Outbox {

    private static final List<String> COLUMNS = List.of("event_id", "topic", "message_key", "type", "payload", "created_at", "traceparent");

    private final EntityManager entityManager;
    private final EventCodec codec;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final String source;
    /** The rows of the {@link #together} running on this thread, written when it ends. */
    private final KeptRows deferred = new KeptRows();

    public Outbox(EntityManager entityManager, EventCodec codec, ObjectMapper mapper, Clock clock,
            @ConfigProperty(name = "kvalitet.events.source") String source) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.mapper = mapper;
        this.clock = clock;
        this.source = source;
    }

    /** One event to record: {@code data} as an event of {@code type} on {@code topic}, keyed by {@code subject}. */
    public record Publication(String topic, String type, String subject, Object data) {
    }

    /** Records {@code data} as an event of {@code type} on {@code topic}; {@code subject} (a unit id, mostly) is also its key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String type, String subject, Object data) {
        CloudEvent event = event(type, subject, mapper.valueToTree(data));
        List<Object[]> rows = deferred.current();
        if (rows != null) {
            rows.add(row(event, topic, codec.write(event), EventTraces.currentTraceparent()));
            return event;
        }
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.id();
        row.topic = topic;
        row.messageKey = subject;
        row.type = type;
        row.payload = codec.write(event);
        row.createdAt = event.time();
        row.traceparent = EventTraces.currentTraceparent();
        entityManager.persist(row);
        return event;
    }

    /**
     * Runs {@code work} and records the events it publishes when it ends, all with one COPY in the
     * order they were published, rather than one insert each as they are: for a consumer's poll
     * that announces thousands. Inside another, it is part of that one. The order holds because
     * every event published meanwhile on this thread, in this transaction, goes through it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void together(Runnable work) {
        deferred.keep(work, this::write);
    }

    /** Records many events at once (one COPY), in the order given, after anything recorded before in the transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Publication> publications) {
        List<Object[]> rows = new ArrayList<>(publications.size());
        String traceparent = EventTraces.currentTraceparent();
        for (Publication publication : publications) {
            CloudEvent envelope = event(publication.type(), publication.subject(), null);
            rows.add(row(envelope, publication.topic(), codec.write(envelope, publication.data()), traceparent));
        }
        List<Object[]> pending = deferred.current();
        if (pending != null) {
            pending.addAll(rows);
            return;
        }
        write(rows);
    }

    /** An outbox row of {@link #COLUMNS} for the event. */
    private static Object[] row(CloudEvent event, String topic, String payload, String traceparent) {
        return new Object[] { event.id(), topic, event.subject(), event.type(), payload, event.time(), traceparent };
    }

    private void write(List<Object[]> rows) {
        Copy.into(entityManager, "outbox_event", COLUMNS, rows);
    }

    private CloudEvent event(String type, String subject, JsonNode data) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, TimeOrderedIds.next(), source, type, subject, clock.instant(),
                CloudEvent.DATA_CONTENT_TYPE, data);
    }
}
