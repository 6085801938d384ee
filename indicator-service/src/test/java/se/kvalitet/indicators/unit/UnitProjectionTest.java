package se.kvalitet.indicators.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.indicators.Fixtures;
import se.kvalitet.platform.events.EventCodec;
import se.kvalitet.platform.unit.UnitProjection;
import se.kvalitet.platform.unit.UnitState;
import se.kvalitet.testsupport.ApiSpecs;
import se.kvalitet.testsupport.AuditTrailAssert;
import se.kvalitet.testsupport.Topic;
import se.kvalitet.testsupport.UnitEvent;

@QuarkusTest
class UnitProjectionTest {

    @Inject
    UnitProjection projection;

    @Inject
    EventCodec codec;

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
    void withinOnePollEachStateIsAppliedInOrderUnlessANewerOneCameFirst() {
        UnitEvent unit = UnitEvent.aUnit();
        List<UnitProjection.Delivered> poll = List.of(delivered(UnitEvent.theUnit(unit.unitId()).version(2)),
                delivered(UnitEvent.theUnit(unit.unitId()).closed().version(1)),
                delivered(UnitEvent.theUnit(unit.unitId()).area("DISABILITY").version(3)));

        List<UnitState> applied = QuarkusTransaction.requiringNew().call(() -> projection.applyAll(poll));

        assertThat(applied).extracting(UnitState::version).containsExactly(2L, 3L);
        assertThat(area(unit.unitId())).isEqualTo("DISABILITY");
        assertThat(status(unit.unitId())).isEqualTo("ACTIVE");
        assertThat(AuditTrailAssert.entriesFor(UnitProjection.AUDITED_AS, unit.unitId())).extracting(entry -> entry.get("action"))
                .as("newest first").containsExactly("unit-state-changed", "unit-first-seen");
    }

    private UnitProjection.Delivered delivered(UnitEvent event) {
        return new UnitProjection.Delivered(event.eventId(), projection.decode(codec.read(event.toJson())));
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
