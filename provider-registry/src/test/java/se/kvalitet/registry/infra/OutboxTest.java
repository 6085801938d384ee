package se.kvalitet.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

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

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.publish(TOPIC, "se.kvalitet.test.OutboxChecked", "u", Map.of()))
                .isInstanceOf(TransactionalException.class).hasMessageContaining("Transaction is required");
    }
}
