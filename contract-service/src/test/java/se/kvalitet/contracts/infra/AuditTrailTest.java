package se.kvalitet.contracts.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.contracts.Contracts.awaitContracts;
import static se.kvalitet.testsupport.AuditTrailAssert.awaitEntry;
import static se.kvalitet.testsupport.AuditTrailAssert.changedTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.kvalitet.contracts.assessment.Assessment;
import se.kvalitet.contracts.assessment.JudgedResult;
import se.kvalitet.testsupport.ResultEvent;
import se.kvalitet.testsupport.UnitEvent;

/** Every kind of state change the contract service makes, all of them by its consumers, leaves an audit entry naming the event. */
@QuarkusTest
class AuditTrailTest {

    @Test
    void aBreachAndItsCorrectionAreAuditedFromResultToCancelledContract() {
        UnitEvent unit = UnitEvent.aUnit().publish();
        UUID unitId = unit.unitId();
        // Units and results come on different topics; the unit must be known first for the result to be what drafts.
        assertThat(awaitEntry("KnownUnit", unitId, "unit-first-seen").getString("actor.eventId")).isEqualTo(unit.eventId().toString());
        ResultEvent breach = ResultEvent.forUnit(unitId).notMet().publish();
        String contractId = awaitContracts(unitId, 1).getString("items[0].contractId");

        JsonPath drafted = awaitEntry("Contract", contractId, "draft");
        assertThat(drafted.getString("actor.kind")).isEqualTo("EVENT");
        assertThat(drafted.getString("actor.id")).isEqualTo("result-projection");
        assertThat(drafted.getString("actor.eventId")).isEqualTo(breach.eventId().toString());
        assertThat(changedTo(drafted, "status")).isEqualTo("DRAFT");

        ResultEvent correction = ResultEvent.forUnit(unitId).met().revision(2).publish();
        JsonPath cancelled = awaitEntry("Contract", contractId, "cancel");
        assertThat(cancelled.getString("actor.eventId")).isEqualTo(correction.eventId().toString());
        assertThat(changedTo(cancelled, "status")).isEqualTo("CANCELLED");
        assertThat(changedTo(cancelled, "cancellationReason")).isEqualTo("a correction removed the breach");
    }

    @Test
    void judgedResultsAndAssessmentsAreAuditedAsTheyChange() {
        UUID unitId = UnitEvent.aUnit().publish().unitId();
        ResultEvent.forUnit(unitId).notMet().publish();
        awaitContracts(unitId, 1);
        ResultEvent.forUnit(unitId).met().revision(2).publish();

        JsonPath received = awaitEntry("JudgedResult", judgedResultId(unitId), "receive");
        assertThat(changedTo(received, "outcome")).isEqualTo("NOT_MET");
        JsonPath revised = awaitEntry("JudgedResult", judgedResultId(unitId), "revise");
        assertThat(changedTo(revised, "outcome")).isEqualTo("MET");
        assertThat(changedTo(awaitEntry("Assessment", assessmentId(unitId), "assess"), "verdict")).isEqualTo("BREACH");
        assertThat(changedTo(awaitEntry("Assessment", assessmentId(unitId), "reassess"), "verdict")).isEqualTo("NO_BREACH");
    }

    private static String judgedResultId(UUID unitId) {
        return QuarkusTransaction.requiringNew().call(() -> JudgedResult.<JudgedResult>find("unitId", unitId).firstResult().id.toString());
    }

    private static String assessmentId(UUID unitId) {
        return QuarkusTransaction.requiringNew().call(() -> Assessment.<Assessment>find("unitId", unitId).firstResult().id.toString());
    }
}
