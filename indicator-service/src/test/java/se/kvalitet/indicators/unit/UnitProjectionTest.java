package se.kvalitet.indicators.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.indicators.Fixtures;
import se.kvalitet.testsupport.ApiSpecs;
import se.kvalitet.testsupport.Topic;
import se.kvalitet.testsupport.UnitEvent;

@QuarkusTest
class UnitProjectionTest {

    @Test
    void theFixtureEventMatchesTheContract() {
        ApiSpecs.assertEventMatchesContract("registry.units.v1", UnitEvent.aUnit().toJson());
    }

    @Test
    void aRedeliveredEventIdIsNotAppliedAgain() {
        UnitEvent first = UnitEvent.aUnit().version(0);
        Fixtures.knownUnit(first);
        // Same event id again, now claiming a much later version: must be recognised and skipped.
        UnitEvent.theUnit(first.unitId()).eventId(first.eventId()).closed().version(5).publish();
        // A genuinely new event at version 2 is applied only if the redelivery was skipped.
        UnitEvent.theUnit(first.unitId()).area("DISABILITY").version(2).publish();

        eventually().until(() -> "DISABILITY".equals(area(first.unitId())));
        assertThat(status(first.unitId())).isEqualTo("ACTIVE");
    }

    @Test
    void anOlderStateArrivingLateDoesNotOverwriteANewerOne() {
        UnitEvent unit = UnitEvent.aUnit().version(3);
        Fixtures.knownUnit(unit);
        UnitEvent.theUnit(unit.unitId()).closed().version(1).publish();
        UnitEvent.theUnit(unit.unitId()).area("DISABILITY").version(4).publish();
        eventually().until(() -> "DISABILITY".equals(area(unit.unitId())));
        assertThat(status(unit.unitId())).isEqualTo("ACTIVE");
    }

    @Test
    void anUnreadableMessageGoesToTheDeadLetterTopicAndConsumptionCarriesOn() {
        String key = UUID.randomUUID().toString();
        Topic.named("registry.units.v1").send(key, "this is not an event " + key);
        ConsumerRecord<String, String> dead = Topic.named("indicator-service.dlq").awaitRecord(r -> key.equals(r.key()));
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("not a CloudEvents JSON document");

        UnitEvent after = UnitEvent.aUnit();
        Fixtures.knownUnit(after);
    }

    private static String area(UUID unitId) {
        return QuarkusTransaction.requiringNew().call(() -> KnownUnit.<KnownUnit>findById(unitId).area.name());
    }

    private static String status(UUID unitId) {
        return QuarkusTransaction.requiringNew().call(() -> KnownUnit.<KnownUnit>findById(unitId).status.name());
    }
}
