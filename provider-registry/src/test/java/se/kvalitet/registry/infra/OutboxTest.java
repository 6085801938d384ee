package se.kvalitet.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.platform.events.CloudEvent;
import se.kvalitet.platform.events.Outbox;
import se.kvalitet.testsupport.Topic;

/** The outbox of kvalitet-platform, as this service runs it against real PostgreSQL and Kafka. */
@QuarkusTest
class OutboxTest {

    private static final String TOPIC = "sanction.events.v1";

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void aCommittedEventIsRelayedToKafkaKeyedByItsUnitAndMarkedPublished() {
        String unitId = UUID.randomUUID().toString();
        CloudEvent event = QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(TOPIC, "se.kvalitet.test.OutboxChecked", unitId, Map.of("unitId", unitId)));

        ConsumerRecord<String, String> record = Topic.named(TOPIC).awaitRecord(r -> unitId.equals(r.key()));
        assertThat(record.value()).contains(event.id().toString(), "\"subject\":\"" + unitId + "\"");
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo(CloudEvent.CONTENT_TYPE);
        eventually().until(() -> QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select e.publishedAt from OutboxEvent e where e.eventId = :id")
                .setParameter("id", event.id()).getSingleResult() != null));
    }

    @Test
    void aRowWrittenPastTheOutboxIsRelayedWhenTheRelayPolls() {
        // As another replica's row would be: whichever replica's relay holds the lock publishes it.
        String unitId = UUID.randomUUID().toString();
        UUID eventId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "insert into outbox_event (event_id, topic, message_key, type, payload, created_at) values (?1, ?2, ?3, ?4, ?5, now())")
                .setParameter(1, eventId).setParameter(2, TOPIC).setParameter(3, unitId).setParameter(4, "se.kvalitet.test.OutboxChecked")
                .setParameter(5, "{\"id\":\"" + eventId + "\"}").executeUpdate());

        assertThat(Topic.named(TOPIC).awaitRecord(r -> unitId.equals(r.key())).value()).contains(eventId.toString());
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverStoredSoNeverSent() {
        String unitId = UUID.randomUUID().toString();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(TOPIC, "se.kvalitet.test.OutboxChecked", unitId, Map.of("unitId", unitId));
            throw new IllegalStateException("the change failed after its event was written");
        })).isInstanceOf(IllegalStateException.class);

        long rows = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(e) from OutboxEvent e where e.messageKey = :key", Long.class)
                .setParameter("key", unitId).getSingleResult());
        assertThat(rows).isZero();
    }

    record Sample(UUID id, BigDecimal value, Instant at, LocalDate day, Integer absent, List<String> codes) {
    }

    @Test
    void eventsPublishedManyAtOnceAreWrittenAsTheSameDocumentsAsOneAtATime() throws Exception {
        Sample sample = new Sample(UUID.randomUUID(), new BigDecimal("85.50"), Instant.parse("2025-03-01T10:15:30.123Z"),
                LocalDate.parse("2025-02-28"), null, List.of("U21468", "Å-1"));
        String one = UUID.randomUUID().toString();
        String many = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(TOPIC, "se.kvalitet.test.OutboxChecked", one, sample);
            outbox.publishAll(List.of(new Outbox.Publication(TOPIC, "se.kvalitet.test.OutboxChecked", many, sample)));
        });

        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> written = new HashMap<>();
        for (String key : List.of(one, many)) {
            String payload = QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createQuery("select e.payload from OutboxEvent e where e.messageKey = :key", String.class)
                    .setParameter("key", key).getSingleResult());
            ObjectNode event = (ObjectNode) json.readTree(payload);
            event.remove(List.of("id", "time", "subject"));
            written.put(key, event);
        }
        assertThat(written.get(many)).isEqualTo(written.get(one));
    }

    @Test
    void eventsPublishedTogetherAreWrittenWhenItEndsInTheOrderPublished() {
        String unitId = UUID.randomUUID().toString();
        List<Long> writtenMeanwhile = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(TOPIC, "se.kvalitet.test.First", unitId, Map.of("n", 1));
            outbox.together(() -> {
                outbox.publish(TOPIC, "se.kvalitet.test.Second", unitId, Map.of("n", 2));
                outbox.publishAll(List.of(new Outbox.Publication(TOPIC, "se.kvalitet.test.Third", unitId, Map.of("n", 3))));
                outbox.together(() -> outbox.publish(TOPIC, "se.kvalitet.test.Fourth", unitId, Map.of("n", 4)));
                writtenMeanwhile.add(written(unitId));
            });
            outbox.publish(TOPIC, "se.kvalitet.test.Fifth", unitId, Map.of("n", 5));
        });

        assertThat(writtenMeanwhile).containsExactly(1L);
        List<String> published = List.of("se.kvalitet.test.First", "se.kvalitet.test.Second", "se.kvalitet.test.Third",
                "se.kvalitet.test.Fourth", "se.kvalitet.test.Fifth");
        List<String> stored = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select e.type from OutboxEvent e where e.messageKey = :key order by e.seq", String.class)
                .setParameter("key", unitId).getResultList());
        assertThat(stored).isEqualTo(published);
        List<String> relayed = Topic.named(TOPIC).awaitRecords(r -> unitId.equals(r.key()), published.size()).stream()
                .map(r -> published.stream().filter(type -> r.value().contains("\"type\":\"" + type + "\"")).findFirst().orElseThrow())
                .toList();
        assertThat(relayed).isEqualTo(published);
    }

    @Test
    void afterPublishingTogetherFailsTheNextEventIsWrittenAtOnce() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> outbox.together(() -> {
            outbox.publish(TOPIC, "se.kvalitet.test.OutboxChecked", UUID.randomUUID().toString(), Map.of());
            throw new IllegalStateException("the change failed after its event was published");
        }))).isInstanceOf(IllegalStateException.class);

        String unitId = UUID.randomUUID().toString();
        long written = QuarkusTransaction.requiringNew().call(() -> {
            outbox.publish(TOPIC, "se.kvalitet.test.OutboxChecked", unitId, Map.of());
            return written(unitId);
        });
        assertThat(written).isOne();
    }

    private long written(String unitId) {
        return entityManager.createQuery("select count(e) from OutboxEvent e where e.messageKey = :key", Long.class)
                .setParameter("key", unitId).getSingleResult();
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.publish(TOPIC, "se.kvalitet.test.OutboxChecked", "u", Map.of()))
                .isInstanceOf(TransactionalException.class).hasMessageContaining("Transaction is required");
    }
}
