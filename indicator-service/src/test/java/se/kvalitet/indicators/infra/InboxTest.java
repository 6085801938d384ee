package se.kvalitet.indicators.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.platform.audit.Actor;
import se.kvalitet.platform.events.Inbox;
import se.kvalitet.platform.events.InvalidEventException;
import se.kvalitet.platform.tracing.EventTraces;
import se.kvalitet.testsupport.Topic;
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
        inbox.process(record(event, 0), "inbox-test", e -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("database hiccup");
            }
        });
        assertThat(calls).hasValue(3);
        assertThat(logged(event.eventId())).isEqualTo(1);

        inbox.process(record(event, 0), "inbox-test", e -> calls.incrementAndGet());
        assertThat(calls).as("a redelivery is not applied").hasValue(3);
    }

    @Test
    void anInvalidEventIsNotRetriedAndLeavesNoTrace() {
        UnitEvent event = UnitEvent.aUnit();
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> inbox.process(record(event, 0), "inbox-test", e -> {
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
        assertThatThrownBy(() -> inbox.process(record(event, 0), "inbox-test", e -> {
            calls.incrementAndGet();
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(calls).hasValue(5);
        assertThat(logged(event.eventId())).isZero();
    }

    @Test
    void aBatchIsAppliedOnceInOrderAndItsRedeliveriesAreDropped() {
        List<UnitEvent> events = List.of(UnitEvent.aUnit(), UnitEvent.aUnit(), UnitEvent.aUnit());
        List<UUID> applied = new ArrayList<>();
        List<ConsumerRecord<String, String>> poll = new ArrayList<>(records(events));
        poll.add(record(events.get(1), poll.size())); // published twice by an at-least-once relay
        inbox.processBatch(poll, "inbox-test", batch -> batch.forEach(e -> applied.add(e.id())));
        assertThat(applied).containsExactly(events.get(0).eventId(), events.get(1).eventId(), events.get(2).eventId());
        events.forEach(event -> assertThat(logged(event.eventId())).isEqualTo(1));

        List<UnitEvent> next = List.of(events.get(2), UnitEvent.aUnit());
        inbox.processBatch(records(next), "inbox-test", batch -> batch.forEach(e -> applied.add(e.id())));
        assertThat(applied).as("the redelivered event is dropped, the new one applied").hasSize(4).endsWith(next.get(1).eventId());
    }

    @Test
    void aRecordThatIsNoEventIsDeadLetteredAndTheRestOfItsBatchApplied() {
        UnitEvent good = UnitEvent.aUnit();
        String key = UUID.randomUUID().toString();
        List<ConsumerRecord<String, String>> poll = List.of(new ConsumerRecord<>("registry.units.v1", 0, 0, key, "{not an event"),
                record(good, 1));
        List<UUID> applied = new ArrayList<>();
        inbox.processBatch(poll, "inbox-test", batch -> batch.forEach(e -> applied.add(e.id())));
        assertThat(applied).containsExactly(good.eventId());
        Topic.named("indicator-service.dlq").awaitRecord(r -> key.equals(r.key()));
    }

    @Test
    void aBatchThatKeepsFailingIsAppliedOneByOneAndOnlyTheFailingEventDeadLettered() {
        List<UnitEvent> events = List.of(UnitEvent.aUnit(), UnitEvent.aUnit(), UnitEvent.aUnit());
        UUID poison = events.get(1).eventId();
        List<UUID> applied = new ArrayList<>();
        inbox.processBatch(records(events), "inbox-test", batch -> batch.forEach(e -> {
            if (e.id().equals(poison)) {
                throw new IllegalStateException("cannot be stored");
            }
            applied.add(e.id());
        }));
        assertThat(applied).as("tried in the failing batch, then alone").containsOnly(events.get(0).eventId(), events.get(2).eventId());
        assertThat(logged(events.get(0).eventId())).isEqualTo(1);
        assertThat(logged(events.get(2).eventId())).isEqualTo(1);
        assertThat(logged(poison)).isZero();
        Topic.named("indicator-service.dlq").awaitRecord(r -> events.get(1).unitId().toString().equals(r.key()));
    }

    @Test
    void anEventIsAppliedInTheTraceItsRecordCarries() {
        UnitEvent event = UnitEvent.aUnit();
        ConsumerRecord<String, String> record = traced(record(event, 0), TRACE_A);
        List<String> seen = new ArrayList<>();
        inbox.process(record, "inbox-test", e -> seen.add(EventTraces.currentTraceparent()));
        assertThat(seen).singleElement().satisfies(traceparent -> assertThat(traceId(traceparent)).isEqualTo(traceId(TRACE_A)));
    }

    @Test
    void aBatchActsForEachEventInThatEventsTrace() {
        List<UnitEvent> events = List.of(UnitEvent.aUnit(), UnitEvent.aUnit(), UnitEvent.aUnit());
        List<ConsumerRecord<String, String>> poll = List.of(traced(record(events.get(0), 0), TRACE_A), record(events.get(1), 1),
                traced(record(events.get(2), 2), TRACE_B));
        Map<UUID, String> seen = new LinkedHashMap<>();
        inbox.processBatch(poll, "inbox-test", batch -> batch.forEach(e -> Actor.consumer("inbox-test", e.id())
                .act(() -> seen.put(e.id(), traceId(EventTraces.currentTraceparent())))));
        assertThat(seen.get(events.get(0).eventId())).isEqualTo(traceId(TRACE_A));
        assertThat(seen.get(events.get(2).eventId())).isEqualTo(traceId(TRACE_B));
        assertThat(seen.get(events.get(1).eventId())).as("a record without a trace starts one of its own")
                .isNotNull().isNotIn(traceId(TRACE_A), traceId(TRACE_B));
    }

    private static final String TRACE_A = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static final String TRACE_B = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    private static ConsumerRecord<String, String> traced(ConsumerRecord<String, String> record, String traceparent) {
        record.headers().add(EventTraces.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static String traceId(String traceparent) {
        return traceparent == null ? null : traceparent.split("-")[1];
    }

    private static List<ConsumerRecord<String, String>> records(List<UnitEvent> events) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (UnitEvent event : events) {
            records.add(record(event, records.size()));
        }
        return records;
    }

    private static ConsumerRecord<String, String> record(UnitEvent event, long offset) {
        return new ConsumerRecord<>("registry.units.v1", 0, offset, event.unitId().toString(), event.toJson());
    }

    private long logged(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = ?1 and consumer = 'inbox-test'")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }
}
