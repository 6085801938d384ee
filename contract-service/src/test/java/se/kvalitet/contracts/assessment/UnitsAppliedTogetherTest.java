package se.kvalitet.contracts.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.contracts.Contracts.contractsOf;
import static se.kvalitet.testsupport.AuditTrailAssert.awaitEntry;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.platform.events.EventCodec;
import se.kvalitet.platform.unit.UnitProjection;
import se.kvalitet.testsupport.ResultEvent;
import se.kvalitet.testsupport.UnitEvent;

/**
 * Units applied together, as one poll of the registry's topic applies them, are each re-assessed
 * for every period their held results cover, each as the consumer of its own event.
 */
@QuarkusTest
class UnitsAppliedTogetherTest {

    @Inject
    UnitProjection units;

    @Inject
    EventCodec codec;

    @Test
    void eachUnitIsAssessedForEveryPeriodItsResultsHoldAsItsOwnEventsConsumer() {
        UnitEvent first = UnitEvent.aUnit();
        UnitEvent second = UnitEvent.aUnit();
        UnitEvent withoutResults = UnitEvent.aUnit();
        for (UnitEvent unit : List.of(first, second)) {
            ResultEvent.forUnit(unit.unitId()).period("2024").notMet().publish();
            ResultEvent.forUnit(unit.unitId()).period("2025").notMet().publish();
        }
        eventually().until(() -> QuarkusTransaction.requiringNew().call(
                () -> JudgedResult.count("unitId in ?1", List.of(first.unitId(), second.unitId()))) == 4);

        QuarkusTransaction.requiringNew().run(() -> units.applyAll(List.of(first, withoutResults, second).stream()
                .map(unit -> new UnitProjection.Delivered(unit.eventId(), units.decode(codec.read(unit.toJson())))).toList()));

        for (UnitEvent unit : List.of(first, second)) {
            List<Assessment> assessments = QuarkusTransaction.requiringNew().call(
                    () -> Assessment.<Assessment>list("unitId = ?1 order by period", unit.unitId()));
            assertThat(assessments).extracting(a -> a.period).containsExactly("2024", "2025");
            assertThat(assessments).extracting(a -> a.verdict).containsOnly(Verdict.Kind.BREACH);
            for (Assessment assessment : assessments) {
                assertThat(awaitEntry("Assessment", assessment.id, "assess").getString("actor.eventId"))
                        .isEqualTo(unit.eventId().toString());
            }
            assertThat(contractsOf(unit.unitId()).getInt("total")).isEqualTo(1);
        }
        UUID quiet = withoutResults.unitId();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Assessment.count("unitId", quiet))).isZero();
        assertThat(contractsOf(quiet).getInt("total")).isZero();
    }
}
