package se.kvalitet.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import se.kvalitet.platform.events.CloudEvent;
import se.kvalitet.platform.events.Outbox;
import se.kvalitet.platform.events.OutboxRelay;
import se.kvalitet.testsupport.Topic;

/**
 * The commit of a transaction that writes events wakes the outbox relay: here it polls once an
 * hour, so an event reaches Kafka within the test's wait only if its commit woke the relay.
 */
@QuarkusTest
@TestProfile(OutboxWakeTest.NoPollDue.class)
class OutboxWakeTest {

    private static final String TOPIC = "sanction.events.v1";

    /** The relay's poll falls due an hour after its first round, at start. */
    public static class NoPollDue implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kvalitet.outbox.poll-interval", "PT1H");
        }
    }

    @Inject
    Outbox outbox;

    /** Each test writes only once the relay has finished its first round and waits: a round under way could take the rows along. */
    @BeforeEach
    void relayWaits() {
        eventually().until(() -> Thread.getAllStackTraces().entrySet().stream()
                .anyMatch(thread -> thread.getKey().getName().equals("outbox-relay") && thread.getKey().getState() == Thread.State.TIMED_WAITING
                        && Arrays.stream(thread.getValue()).anyMatch(frame -> frame.getClassName().equals(OutboxRelay.class.getName())
                                && frame.getMethodName().equals("awaitWork"))));
    }

    @Test
    void anEventLeavesWhenItsTransactionCommitsWithoutWaitingForAPoll() {
        String unitId = UUID.randomUUID().toString();
        CloudEvent event = QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(TOPIC, "se.kvalitet.test.OutboxChecked", unitId, Map.of("unitId", unitId)));

        assertThat(Topic.named(TOPIC).awaitRecord(r -> unitId.equals(r.key())).value()).contains(event.id().toString());
    }

    @Test
    void eventsWrittenManyAtOnceLeaveWhenTheirTransactionCommits() {
        List<String> unitIds = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        QuarkusTransaction.requiringNew().run(() -> outbox.publishAll(unitIds.stream()
                .map(unitId -> new Outbox.Publication(TOPIC, "se.kvalitet.test.OutboxChecked", unitId, Map.of("unitId", unitId)))
                .toList()));

        assertThat(Topic.named(TOPIC).awaitRecords(r -> unitIds.contains(r.key()), 2)).extracting(r -> r.key())
                .containsExactlyElementsOf(unitIds);
    }
}
