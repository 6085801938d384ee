package se.kvalitet.contracts.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.contracts.Contracts.awaitContracts;
import static se.kvalitet.testsupport.AuditTrailAssert.awaitEntry;
import static se.kvalitet.testsupport.AuditTrailAssert.changedTo;
import static io.restassured.RestAssured.given;
import static se.kvalitet.contracts.ContractFlow.contract;
import static se.kvalitet.contracts.ContractFlow.draftFor;
import static se.kvalitet.contracts.ContractFlow.everythingDone;
import static se.kvalitet.contracts.ContractFlow.issue;
import static se.kvalitet.contracts.ContractFlow.knownMunicipality;
import static se.kvalitet.contracts.ContractFlow.report;
import static se.kvalitet.contracts.ContractFlow.sign;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import se.kvalitet.contracts.ContractFlow;
import se.kvalitet.contracts.assessment.Assessment;
import se.kvalitet.contracts.assessment.JudgedResult;
import se.kvalitet.testsupport.MovableClock;
import se.kvalitet.testsupport.ResultEvent;
import se.kvalitet.testsupport.TestTokens;
import se.kvalitet.testsupport.UnitEvent;

/**
 * Every kind of state change the contract service makes leaves an audit entry naming who made it:
 * the event a consumer applied, the user of a request, or the deadline job.
 */
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

    @Test
    void everyStepOfAContractsLifeIsAuditedWithTheUserWhoTookIt() {
        knownMunicipality("2120000142", "0180");
        UnitEvent unit = UnitEvent.aUnit().municipal("2120000142", "0180").in("0180");
        String id = draftFor(unit);
        JsonPath draft = contract(id);
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON)
                .body(Map.of("version", draft.getInt("version"), "measures", List.of(Map.of("measureCode", draft.getString("measures[0].measureCode"))),
                        "financing", Map.of("statePercent", 80, "principalPercent", 20), "startDate", draft.getString("startDate"),
                        "endDate", draft.getString("endDate")))
                .put("/api/v1/contracts/" + id).then().statusCode(200);
        JsonPath edited = awaitEntry("Contract", id, "edit");
        assertThat(edited.getString("actor.kind")).isEqualTo("USER");
        assertThat(edited.getString("actor.name")).isEqualTo("agency-officer");
        assertThat((Map<String, Object>) changedTo(edited, "financing")).containsEntry("statePercent", 80).containsEntry("principalPercent", 20);

        issue(id, TestTokens.agencyOfficer()).statusCode(200);
        assertThat(changedTo(awaitEntry("Contract", id, "issue"), "status")).isEqualTo("ISSUED");
        sign(id, TestTokens.municipality("2120000142")).statusCode(200);
        JsonPath signed = awaitEntry("Contract", id, "sign");
        assertThat(signed.getString("actor.orgNumber")).isEqualTo("2120000142");
        sign(id, TestTokens.agencyOfficer()).statusCode(200);
        assertThat(changedTo(awaitEntry("Contract", id, "activate"), "status")).isEqualTo("ACTIVE");
        report(id, TestTokens.municipality("2120000142"), everythingDone(contract(id))).statusCode(201);
        assertThat(awaitEntry("Contract", id, "report").getString("actor.roles[0]")).isEqualTo("municipality");

        ResultEvent followUp = ResultEvent.forUnit(unit.unitId()).period("2026").met().publish();
        JsonPath fulfilled = awaitEntry("Contract", id, "fulfil");
        assertThat(fulfilled.getString("actor.eventId")).isEqualTo(followUp.eventId().toString());
        assertThat(changedTo(fulfilled, "status")).isEqualTo("FULFILLED");
    }

    @Test
    void aDeadlineMissedIsAuditedAsTheDeadlineJobsDoing() {
        knownMunicipality("2120000142", "0180");
        String id = draftFor(UnitEvent.aUnit().municipal("2120000142", "0180").in("0180"));
        issue(id, TestTokens.agencyOfficer()).statusCode(200);
        MovableClock.INSTANCE.advance(Period.ofDays(31));
        try {
            JsonPath failed = awaitEntry("Contract", id, "fail");
            assertThat(failed.getString("actor.kind")).isEqualTo("SCHEDULER");
            assertThat(failed.getString("actor.id")).isEqualTo("contract-deadlines");
            assertThat(changedTo(failed, "failureReason")).isEqualTo("NOT_SIGNED");
        } finally {
            MovableClock.INSTANCE.reset();
        }
    }

    @Test
    void measuresPolicyChangesAndHealthRiskDecisionsAreAuditedWithTheOfficer() {
        String code = "TEST-AUDIT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "title", "Audited", "description", "d", "evidence", "e", "estimatedCost", 5, "requirements",
                        List.of("U21468")))
                .post("/api/v1/measures").then().statusCode(201);
        assertThat(changedTo(awaitEntry("Measure", code, "define"), "title")).isEqualTo("Audited");

        int version = given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON)
                .body(Map.of("minimumNotMet", 1, "financing", Map.of("statePercent", 50, "principalPercent", 50), "signingPeriod", "P30D",
                        "milestonePeriod", "P3M", "gracePeriod", "P14D", "contractLength", "P12M"))
                .put("/api/v1/assessment-policy").then().statusCode(200).extract().jsonPath().getInt("version");
        assertThat(changedTo(awaitEntry("AssessmentPolicy", version, "change"), "version")).isEqualTo(version);

        UnitEvent unit = ContractFlow.known(UnitEvent.aUnit());
        String decision = given().auth().oauth2(TestTokens.agencyOfficer()).contentType(ContentType.JSON)
                .body(Map.of("unitId", unit.unitId().toString(), "reason", "Medication errors reported by staff"))
                .post("/api/v1/health-risks").then().statusCode(201).extract().jsonPath().getString("decisionId");
        assertThat(changedTo(awaitEntry("HealthRisk", decision, "decide"), "reason")).isEqualTo("Medication errors reported by staff");
    }

    private static String judgedResultId(UUID unitId) {
        return QuarkusTransaction.requiringNew().call(() -> JudgedResult.<JudgedResult>find("unitId", unitId).firstResult().id.toString());
    }

    private static String assessmentId(UUID unitId) {
        return QuarkusTransaction.requiringNew().call(() -> Assessment.<Assessment>find("unitId", unitId).firstResult().id.toString());
    }
}
